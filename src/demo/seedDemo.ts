import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/withTransaction.ts';
import { addDays, localDateOf, weekdayOf, zonedInstant, type LocalDate } from '../time/zonedTime.ts';
import type { ClassTitle, SessionKind } from '../domain/serviceKinds.ts';
import { DEMO_POINTS, type DemoPoint } from './demoPoints.ts';

export interface SeedOptions {
  now: Date;
  timeZone: string;
  /** How many days of sessions to create, counting today. */
  days?: number;
}

export interface SeedSummary {
  points: number;
  sessionsCreated: number;
  demoBookingsCreated: number;
  fullSessionIds: number[];
  waitlistSessionId: number | null;
}

interface SlotTemplate {
  start: string;
  end: string;
  kind: SessionKind;
  classTitle?: ClassTitle;
  capacityFactor?: number;
}

const CLASS_ROTATION: ClassTitle[] = ['picture_books', 'gross_motor', 'music_social', 'sensory_integration'];

/** What a point runs on a given day, by point type and weekday. */
export function dailyTemplates(point: DemoPoint, pointIndex: number, date: LocalDate): SlotTemplate[] {
  const wd = weekdayOf(date);
  const weekend = wd === 0 || wd === 6;
  const rotate = (k: number) => CLASS_ROTATION[(pointIndex + k) % CLASS_ROTATION.length]!;
  if (point.pointType === 'community_shared') {
    // Shared points offer parent–child classes, not stand-alone care.
    if (weekend) {
      return [
        { start: '10:00', end: '11:00', kind: 'trial_class', classTitle: rotate(wd) },
        { start: '15:00', end: '16:00', kind: 'trial_class', classTitle: rotate(wd + 1) },
      ];
    }
    return wd === 3 ? [{ start: '10:00', end: '11:00', kind: 'trial_class', classTitle: rotate(wd) }] : [];
  }
  if (weekend) {
    return [
      { start: '09:00', end: '12:00', kind: 'half_day' },
      { start: '13:00', end: '15:00', kind: 'temporary_care', capacityFactor: 0.5 },
      { start: '14:30', end: '17:30', kind: 'half_day' },
    ];
  }
  if (wd === 2 || wd === 4) return [{ start: '10:00', end: '11:00', kind: 'trial_class', classTitle: rotate(wd) }];
  if (wd === 3) return [{ start: '09:00', end: '11:30', kind: 'half_day' }];
  return [];
}

function demoRef(seed: string): string {
  // Deterministic so a re-run of the seed recognises its own bookings.
  const h = createHash('sha256').update(seed).digest();
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = 'D';
  for (let i = 0; i < 5; i++) out += alphabet[h[i]! % alphabet.length];
  return out;
}

async function upsertPoint(client: pg.PoolClient, p: DemoPoint): Promise<number> {
  const r = await client.query<{ id: number }>(
    `INSERT INTO service_points (code, name_zh, name_en, district, neighbourhood_zh, neighbourhood_en,
       address_zh, address_en, latitude, longitude, phone, point_type, operator_zh, operator_en,
       min_age_months, max_age_months)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)
     ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
       address_zh = EXCLUDED.address_zh, address_en = EXCLUDED.address_en, phone = EXCLUDED.phone
     RETURNING id`,
    [p.code, p.nameZh, p.nameEn, p.district, p.neighbourhoodZh, p.neighbourhoodEn, p.addressZh, p.addressEn,
      p.latitude, p.longitude, p.phone, p.pointType, p.operatorZh, p.operatorEn, p.minAgeMonths, p.maxAgeMonths],
  );
  return r.rows[0]!.id;
}

async function insertSession(
  client: pg.PoolClient,
  pointId: number,
  startsAt: Date,
  endsAt: Date,
  t: SlotTemplate,
  capacity: number,
): Promise<{ id: number; created: boolean }> {
  const r = await client.query<{ id: number }>(
    `INSERT INTO sessions (point_id, starts_at, ends_at, kind, class_title, capacity)
     VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (point_id, starts_at, kind, (coalesce(class_title, ''))) DO NOTHING
     RETURNING id`,
    [pointId, startsAt, endsAt, t.kind, t.classTitle ?? null, capacity],
  );
  if (r.rows[0]) return { id: r.rows[0].id, created: true };
  const existing = await client.query<{ id: number }>(
    `SELECT id FROM sessions WHERE point_id = $1 AND starts_at = $2 AND kind = $3 AND coalesce(class_title,'') = $4`,
    [pointId, startsAt, t.kind, t.classTitle ?? ''],
  );
  return { id: existing.rows[0]!.id, created: false };
}

/** A demo family (parent + one child) whose id is stable across runs. */
async function ensureDemoFamily(client: pg.PoolClient, n: number, today: LocalDate): Promise<{ parentId: number; childId: number }> {
  const parentId = 800_000 + n;
  await client.query(
    `INSERT INTO parents (id, display_name, language, consent_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (id) DO NOTHING`,
    [parentId, `演示家长${n}`, n % 3 === 0 ? 'en' : 'zh'],
  );
  const name = `演示宝宝${n}`;
  const existing = await client.query<{ id: number }>('SELECT id FROM children WHERE parent_id = $1 AND name = $2', [parentId, name]);
  if (existing.rows[0]) return { parentId, childId: existing.rows[0].id };
  // 14–30 months old today, inside every demo point's range for weeks to come.
  const birth = addDays(today, -(14 + (n % 17)) * 30);
  const r = await client.query<{ id: number }>(
    'INSERT INTO children (parent_id, name, birth_date) VALUES ($1, $2, $3) RETURNING id',
    [parentId, name, birth],
  );
  return { parentId, childId: r.rows[0]!.id };
}

async function fillSession(client: pg.PoolClient, sessionId: number, places: number, today: LocalDate, familyOffset: number): Promise<number> {
  let created = 0;
  for (let i = 0; i < places; i++) {
    const s = await client.query<{ free: number }>('SELECT capacity - booked AS free FROM sessions WHERE id = $1', [sessionId]);
    if ((s.rows[0]?.free ?? 0) <= 0) break;
    const { parentId, childId } = await ensureDemoFamily(client, familyOffset + i, today);
    const r = await client.query(
      `INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status)
       VALUES ($1,$2,$3,$4,'confirmed') ON CONFLICT DO NOTHING`,
      [demoRef(`${sessionId}:${childId}`), sessionId, childId, parentId],
    );
    created += r.rowCount ?? 0;
  }
  return created;
}

/**
 * Seeds a realistic demo network relative to `now`: points across the six
 * districts, sessions for the coming weeks, some sessions full and one with a
 * waitlist. Safe to run any number of times.
 */
export async function seedDemo(pool: Db, { now, timeZone, days = 28 }: SeedOptions): Promise<SeedSummary> {
  const today = localDateOf(now, timeZone);
  return withTransaction(pool, async (client) => {
    let sessionsCreated = 0;
    let demoBookingsCreated = 0;
    const fullSessionIds: number[] = [];
    let waitlistSessionId: number | null = null;
    const firstSaturday = addDays(today, (6 - weekdayOf(today) + 7) % 7);
    const firstSunday = addDays(firstSaturday, 1);

    for (const [index, point] of DEMO_POINTS.entries()) {
      const pointId = await upsertPoint(client, point);
      for (let d = 0; d < days; d++) {
        const date = addDays(today, d);
        for (const t of dailyTemplates(point, index, date)) {
          const capacity = Math.max(4, Math.round(point.capacity * (t.capacityFactor ?? 1)));
          const s = await insertSession(client, pointId, zonedInstant(date, t.start, timeZone), zonedInstant(date, t.end, timeZone), t, capacity);
          if (s.created) sessionsCreated++;

          const firstWeekendMorning = t.kind === 'half_day' && t.start === '09:00';
          if (point.code === 'SM-QP' && date === firstSaturday && firstWeekendMorning) {
            demoBookingsCreated += await fillSession(client, s.id, capacity, today, 0);
            fullSessionIds.push(s.id);
            waitlistSessionId = s.id;
          } else if (point.code === 'HL-JT' && date === firstSunday && t.kind === 'half_day' && t.start === '14:30') {
            demoBookingsCreated += await fillSession(client, s.id, capacity, today, 100);
            fullSessionIds.push(s.id);
          } else if (point.code === 'JM-QY' && date === firstSaturday && t.kind === 'temporary_care') {
            demoBookingsCreated += await fillSession(client, s.id, capacity, today, 200);
            fullSessionIds.push(s.id);
          } else if ((date === firstSaturday || date === firstSunday) && t.kind === 'half_day') {
            // Partly booked, so free-place counts differ between points.
            demoBookingsCreated += await fillSession(client, s.id, (index * 5 + d) % Math.ceil(capacity * 0.6), today, 300 + index * 20);
          }
        }
      }
    }

    if (waitlistSessionId !== null) {
      for (const n of [50, 51]) {
        const { parentId, childId } = await ensureDemoFamily(client, n, today);
        await client.query(
          `INSERT INTO waitlist_entries (session_id, child_id, parent_id) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`,
          [waitlistSessionId, childId, parentId],
        );
      }
    }

    const qp = await client.query<{ id: number }>("SELECT id FROM service_points WHERE code = 'SM-QP'");
    await client.query(
      `INSERT INTO staff (telegram_user_id, name, role, point_id) VALUES
         (900001, '演示管理员 Demo Admin', 'admin', NULL),
         (900002, '前埔点老师 Qianpu Staff', 'point_staff', $1)
       ON CONFLICT (telegram_user_id) DO NOTHING`,
      [qp.rows[0]!.id],
    );

    return { points: DEMO_POINTS.length, sessionsCreated, demoBookingsCreated, fullSessionIds, waitlistSessionId };
  });
}
