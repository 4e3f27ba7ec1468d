import type { Database } from '../../src/db/database.ts';
import { defaultConfig } from '../../src/config/config.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { createBookingService } from '../../src/booking/BookingService.ts';
import { DomainError } from '../../src/errors/DomainError.ts';

export const TZ = 'Asia/Shanghai';
/** Wednesday 2026-11-25 10:00 in Xiamen. */
export const NOW = '2026-11-25T10:00:00+08:00';

export function makeService(db: Database, now = NOW) {
  const clock = fixedClock(now);
  const rules = defaultConfig().booking;
  const service = createBookingService({ pool: db.pool, clock, timeZone: TZ, rules });
  return { service, clock, rules };
}

export async function makePoint(
  db: Database,
  o: { code?: string; lat?: number; lng?: number; min?: number; max?: number; district?: string } = {},
): Promise<number> {
  const r = await db.pool.query(
    `INSERT INTO service_points (code, name_zh, name_en, district, neighbourhood_zh, neighbourhood_en, address_zh, address_en,
       latitude, longitude, phone, operator_zh, operator_en, min_age_months, max_age_months)
     VALUES ($1, $1 || '服务点', 'Point ' || $1, $2, '莲前', 'Lianqian', '地址' || $1, 'Address ' || $1, $3, $4, '0592-1', '机构', 'Op', $5, $6)
     RETURNING id`,
    [o.code ?? 'P1', o.district ?? 'siming', o.lat ?? 24.4772, o.lng ?? 118.1496, o.min ?? 6, o.max ?? 36],
  );
  return r.rows[0].id;
}

/** A session on a local day and time in Xiamen. */
export async function makeSession(
  db: Database,
  pointId: number,
  o: { date: string; start?: string; end?: string; capacity?: number; kind?: string; classTitle?: string },
): Promise<number> {
  const kind = o.kind ?? (o.classTitle ? 'trial_class' : 'half_day');
  const r = await db.pool.query(
    `INSERT INTO sessions (point_id, starts_at, ends_at, kind, class_title, capacity)
     VALUES ($1, ($2 || ' ' || $3)::timestamp AT TIME ZONE 'Asia/Shanghai', ($2 || ' ' || $4)::timestamp AT TIME ZONE 'Asia/Shanghai', $5, $6, $7)
     RETURNING id`,
    [pointId, o.date, o.start ?? '09:00', o.end ?? '12:00', kind, o.classTitle ?? null, o.capacity ?? 10],
  );
  return r.rows[0].id;
}

/** A parent with one child; returns the child id. */
export async function makeFamily(db: Database, parentId: number, birthDate = '2025-01-15', language = 'zh'): Promise<number> {
  await db.pool.query(`INSERT INTO parents (id, display_name, language) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [parentId, `p${parentId}`, language]);
  const c = await db.pool.query(`INSERT INTO children (parent_id, name, birth_date) VALUES ($1, $2, $3) RETURNING id`, [
    parentId,
    `宝宝${parentId}`,
    birthDate,
  ]);
  return c.rows[0].id;
}

export async function makeStaff(db: Database, telegramUserId: number, role: 'admin' | 'point_staff', pointId: number | null = null) {
  await db.pool.query(`INSERT INTO staff (telegram_user_id, name, role, point_id) VALUES ($1, $2, $3, $4)`, [
    telegramUserId,
    `staff${telegramUserId}`,
    role,
    pointId,
  ]);
}

/** The DomainError code a promise rejects with (fails the test on any other error). */
export async function errorOf(p: Promise<unknown>): Promise<{ code: string; data: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, data: e.data };
    throw e;
  }
  throw new Error('expected a DomainError, but it succeeded');
}

export async function count(db: Database, sql: string, params: unknown[] = []): Promise<number> {
  return (await db.pool.query(`SELECT (${sql})::int AS n`, params)).rows[0].n;
}
