import { defaultConfig } from '../../src/config/config.ts';
import { createBookingService } from '../../src/booking/BookingService.ts';
import type { Database } from '../../src/db/database.ts';
import type { Actor } from '../../src/operators/auditLog.ts';
import { createOperatorsService } from '../../src/operators/OperatorsService.ts';
import { isOperatorError, type OperatorError } from '../../src/operators/OperatorError.ts';
import { fixedClock } from '../../src/time/clock.ts';

export const TZ = 'Asia/Shanghai';
/** Wednesday 25 November 2026, 10:00 in Xiamen; the coming weekend is 28–29 November. */
export const NOW = '2026-11-25T10:00:00+08:00';
export const CLI: Actor = { kind: 'cli', label: 'cli:test' };

export function makeOps(db: Database, now = NOW, horizonWeeks = 4) {
  const clock = fixedClock(now);
  const rules = defaultConfig().booking;
  const deps = { pool: db.pool, clock, timeZone: TZ, rules, horizonWeeks };
  return { ops: createOperatorsService(deps), booking: createBookingService(deps), clock, deps };
}

export const POINTS_HEADER =
  'code,name_zh,name_en,district,address_zh,address_en,latitude,longitude,phone,point_type,min_age_months,max_age_months,operator,active';

export function pointRow(
  code: string,
  o: { district?: string; lat?: number; lng?: number; type?: string; min?: number; max?: number; active?: boolean; name?: string } = {},
): string {
  return [
    code,
    o.name ?? `${code}服务点`,
    `Point ${code}`,
    o.district ?? 'siming',
    `${code}地址`,
    `"Address ${code}, Siming"`,
    o.lat ?? 24.4772,
    o.lng ?? 118.1496,
    '0592-5100101',
    o.type ?? 'institution_embedded',
    o.min ?? 0,
    o.max ?? 36,
    '演示机构',
    o.active === false ? 'false' : 'true',
  ].join(',');
}

export const pointsCsv = (...rows: string[]) => [POINTS_HEADER, ...rows].join('\n');

export const TIMETABLE_HEADER = 'type,point,district,weekdays,date,start,end,kind,class_title,capacity,reason';
export const timetableCsv = (...rows: string[]) => [TIMETABLE_HEADER, ...rows].join('\n');

/** The OperatorError a promise rejects with (fails the test on anything else). */
export async function operatorErrorOf(p: Promise<unknown>): Promise<OperatorError> {
  try {
    await p;
  } catch (e) {
    if (isOperatorError(e)) return e;
    throw e;
  }
  throw new Error('expected an OperatorError, but it succeeded');
}

export async function count(db: Database, sql: string, params: unknown[] = []): Promise<number> {
  return (await db.pool.query(`SELECT (${sql})::int AS n`, params)).rows[0].n;
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

/** The session of a point on a local day and start time. */
export async function sessionAt(
  db: Database,
  code: string,
  date: string,
  start: string,
  kind?: string,
): Promise<{ id: number; capacity: number; booked: number; status: string } | undefined> {
  const r = await db.pool.query(
    `SELECT s.id, s.capacity, s.booked, s.status FROM sessions s JOIN service_points p ON p.id = s.point_id
      WHERE p.code = $1 AND s.starts_at = (($2::date + $3::time) AT TIME ZONE 'Asia/Shanghai') AND ($4::text IS NULL OR s.kind = $4)`,
    [code, date, start, kind ?? null],
  );
  return r.rows[0];
}
