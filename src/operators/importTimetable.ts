import type pg from 'pg';
import type { Queryable } from '../db/Queryable.ts';
import { withTransaction } from '../db/withTransaction.ts';
import type { District } from '../domain/xiamenPlaces.ts';
import { localDateOf } from '../time/zonedTime.ts';
import { recordAudit, type Actor } from './auditLog.ts';
import { closeDayIn } from './closeDay.ts';
import { generateSessionsIn, horizonRange } from './generateSessions.ts';
import type { OperatorDeps } from './OperatorDeps.ts';
import { OperatorError } from './OperatorError.ts';
import type { PointType } from '../domain/servicePoint.ts';
import { readTable, type Table, type TableFormat } from './readTable.ts';
import { reconcileTimetable } from './reconcileTimetable.ts';
import { validateTimetableFile, type PointFacts, type StoredTemplate, type TemplateInput } from './timetableFile.ts';
import { DryRun } from './DryRun.ts';

export interface TimetableImportResult {
  dryRun: boolean;
  /** Points whose weekly timetable the file gave (their future sessions were brought in line). */
  points: string[];
  templates: { added: number; changed: number; removed: number; unchanged: number };
  closedDays: { added: number; unchanged: number; sessionsClosed: number };
  extras: { added: number; changed: number; unchanged: number };
  sessions: { created: number; updated: number; deleted: number; closed: number; cancelledBookings: number; waitlistCancelled: number; offered: number };
  horizon: { from: string; to: string };
}

type Row = Record<string, any>;

export async function loadPointFacts(db: Queryable): Promise<Map<string, PointFacts>> {
  const r = await db.query<Row>('SELECT id, code, district, point_type, min_age_months, max_age_months FROM service_points');
  return new Map(
    r.rows.map((p) => [
      p.code,
      {
        id: p.id,
        code: p.code,
        district: p.district as District,
        pointType: p.point_type as PointType,
        minAgeMonths: p.min_age_months,
        maxAgeMonths: p.max_age_months,
      },
    ]),
  );
}

const hhmm = (t: string) => String(t).slice(0, 5);
const dateText = (d: unknown) => (d === null || d === undefined ? null : typeof d === 'string' ? d.slice(0, 10) : localDateOf(d as Date, 'UTC'));

export async function loadStoredTemplates(db: Queryable, pointIds?: number[]): Promise<(StoredTemplate & { id: number })[]> {
  const r = await db.query<Row>(
    `SELECT t.id, t.point_id, p.code, t.kind, t.class_title, t.weekdays, t.start_time::text AS start_time, t.end_time::text AS end_time,
            t.capacity, t.min_age_months, t.max_age_months, t.opens_days_ahead, t.valid_from::text AS valid_from, t.valid_until::text AS valid_until
       FROM session_templates t JOIN service_points p ON p.id = t.point_id
      WHERE $1::int[] IS NULL OR t.point_id = ANY($1::int[])
      ORDER BY p.code, t.start_time, t.id`,
    [pointIds ?? null],
  );
  return r.rows.map((t) => ({
    id: t.id,
    pointId: t.point_id,
    pointCode: t.code,
    kind: t.kind,
    classTitle: t.class_title,
    weekdays: (t.weekdays as number[]).map(Number),
    start: hhmm(t.start_time),
    end: hhmm(t.end_time),
    capacity: t.capacity,
    minAgeMonths: t.min_age_months,
    maxAgeMonths: t.max_age_months,
    opensDaysAhead: t.opens_days_ahead,
    validFrom: dateText(t.valid_from),
    validUntil: dateText(t.valid_until),
  }));
}

/** Weekly rows are matched on what identifies them; the rest may change in place. */
const templateKey = (t: Omit<StoredTemplate, 'line'>) =>
  [t.pointId, t.kind, t.classTitle ?? '', t.weekdays.join(','), t.start, t.validFrom ?? '', t.validUntil ?? ''].join('|');
const sameDetails = (a: Omit<StoredTemplate, 'line'>, b: Omit<StoredTemplate, 'line'>) =>
  a.end === b.end &&
  a.capacity === b.capacity &&
  a.minAgeMonths === b.minAgeMonths &&
  a.maxAgeMonths === b.maxAgeMonths &&
  a.opensDaysAhead === b.opensDaysAhead;

async function saveTemplates(client: pg.PoolClient, pointIds: number[], wanted: TemplateInput[], now: Date) {
  const stored = await loadStoredTemplates(client, pointIds);
  const byKey = new Map(stored.map((t) => [templateKey(t), t]));
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  const keep = new Set<number>();
  for (const t of wanted) {
    const old = byKey.get(templateKey(t));
    const values = [t.end, t.capacity, t.minAgeMonths, t.maxAgeMonths, t.opensDaysAhead];
    if (old) {
      keep.add(old.id);
      if (sameDetails(old, t)) counts.unchanged++;
      else {
        counts.changed++;
        await client.query(
          `UPDATE session_templates SET end_time = $2, capacity = $3, min_age_months = $4, max_age_months = $5, opens_days_ahead = $6, updated_at = $7 WHERE id = $1`,
          [old.id, ...values, now],
        );
      }
      continue;
    }
    counts.added++;
    await client.query(
      `INSERT INTO session_templates (point_id, kind, class_title, weekdays, start_time, valid_from, valid_until,
         end_time, capacity, min_age_months, max_age_months, opens_days_ahead, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
      [t.pointId, t.kind, t.classTitle, t.weekdays, t.start, t.validFrom, t.validUntil, ...values, now],
    );
  }
  const drop = stored.filter((t) => !keep.has(t.id)).map((t) => t.id);
  if (drop.length) await client.query('DELETE FROM session_templates WHERE id = ANY($1::int[])', [drop]);
  counts.removed = drop.length;
  return counts;
}

export interface TimetableImportOptions {
  actor: Actor;
  fileName?: string;
  dryRun?: boolean;
  /** Dates whose sessions are brought in line; default today + SESSION_HORIZON_WEEKS. */
  horizon?: { from: string; to: string };
  /** The demo seed records no audit entry; every operator import does. */
  audit?: boolean;
}

/**
 * `npm run timetable:import`: validates every row, then in ONE transaction
 * saves the weekly rows (the file is the whole weekly timetable of each point
 * it lists), records closed days and extra sessions, brings the coming
 * weeks' sessions in line (refusing booked-session conflicts with the
 * figures) and closes sessions on closed days with the families told.
 * Nothing is written if anything is refused; `dryRun` reports and rolls back.
 */
export async function importTimetable(
  deps: OperatorDeps,
  input: { text: string; format?: TableFormat } & TimetableImportOptions,
): Promise<TimetableImportResult> {
  const table = readTable(input.text, { fileName: input.fileName, format: input.format, listKeys: ['timetable', 'rows', 'templates'] });
  try {
    return await withTransaction(deps.pool, async (client) => {
      const result = await importTimetableIn(client, deps, table, input);
      if (input.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.result as TimetableImportResult;
    throw err;
  }
}

/** The import in the caller's transaction (the demo seed runs it inside its own). */
export async function importTimetableIn(
  client: pg.PoolClient,
  deps: Omit<OperatorDeps, 'pool'>,
  table: Table,
  opts: TimetableImportOptions,
): Promise<TimetableImportResult> {
  const now = deps.clock.now();
  const horizon = opts.horizon ?? horizonRange(deps);
  // One timetable change at a time: two imports racing would each see the other's sessions as strays.
  await client.query('SELECT pg_advisory_xact_lock(7302202460)');
  const points = await loadPointFacts(client);
  const storedTemplates = await loadStoredTemplates(client);
  const { timetable, problems } = validateTimetableFile(table, { points, today: localDateOf(now, deps.timeZone), storedTemplates });
  if (problems.length) throw new OperatorError('INVALID_ROWS', { problems });

  const managed = [...new Set(timetable.templates.map((t) => t.pointId))];
  const templates = await saveTemplates(client, managed, timetable.templates, now);

  const extras = { added: 0, changed: 0, unchanged: 0 };
  for (const e of timetable.extras) {
    const r = await client.query<{ inserted: boolean }>(
      `INSERT INTO timetable_exceptions (kind, day, point_id, reason, session_kind, class_title, start_time, end_time, capacity,
         min_age_months, max_age_months, opens_days_ahead, created_at)
       VALUES ('extra', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (point_id, day, start_time, session_kind, coalesce(class_title, '')) WHERE kind = 'extra'
       DO UPDATE SET reason = EXCLUDED.reason, end_time = EXCLUDED.end_time, capacity = EXCLUDED.capacity,
         min_age_months = EXCLUDED.min_age_months, max_age_months = EXCLUDED.max_age_months, opens_days_ahead = EXCLUDED.opens_days_ahead
       WHERE (timetable_exceptions.reason, timetable_exceptions.end_time, timetable_exceptions.capacity, timetable_exceptions.min_age_months,
              timetable_exceptions.max_age_months, timetable_exceptions.opens_days_ahead)
         IS DISTINCT FROM (EXCLUDED.reason, EXCLUDED.end_time, EXCLUDED.capacity, EXCLUDED.min_age_months, EXCLUDED.max_age_months, EXCLUDED.opens_days_ahead)
       RETURNING (xmax = 0) AS inserted`,
      [e.day, e.pointId, e.reason, e.kind, e.classTitle, e.start, e.end, e.capacity, e.minAgeMonths, e.maxAgeMonths, e.opensDaysAhead, now],
    );
    if (!r.rows[0]) extras.unchanged++;
    else if (r.rows[0].inserted) extras.added++;
    else extras.changed++;
  }

  const sessions = { created: 0, updated: 0, deleted: 0, closed: 0, cancelledBookings: 0, waitlistCancelled: 0, offered: 0 };
  // Closed days first: their sessions are closed with the closure's own reason, and the
  // sessions brought in line below skip those days.
  const closedDays = { added: 0, unchanged: 0, sessionsClosed: 0 };
  for (const c of timetable.closed) {
    const d = await closeDayIn(client, deps, c, now);
    if (d.newClosure) closedDays.added++;
    else closedDays.unchanged++;
    closedDays.sessionsClosed += d.sessionsClosed;
    sessions.closed += d.sessionsClosed;
    sessions.cancelledBookings += d.cancelledBookings;
    sessions.waitlistCancelled += d.waitlistCancelled;
  }

  const r = await reconcileTimetable(client, deps, { pointIds: managed, from: horizon.from, to: horizon.to, now });
  sessions.created += r.created;
  sessions.updated += r.updated;
  sessions.offered += r.offered;
  for (const x of r.removed) {
    if (x.how === 'deleted') sessions.deleted++;
    else sessions.closed++;
    sessions.cancelledBookings += x.cancelledBookings;
    sessions.waitlistCancelled += x.waitlistCancelled;
  }
  const extraPoints = [...new Set(timetable.extras.map((e) => e.pointId))].filter((p) => !managed.includes(p));
  if (extraPoints.length) sessions.created += (await generateSessionsIn(client, deps, { ...horizon, pointIds: extraPoints })).created;

  const codes = [...points.values()]
    .filter((p) => managed.includes(p.id))
    .map((p) => p.code)
    .sort();
  const result: TimetableImportResult = { dryRun: Boolean(opts.dryRun), points: codes, templates, closedDays, extras, sessions, horizon };
  if (opts.audit !== false) {
    await recordAudit(client, now, opts.actor, {
      action: 'timetable.import',
      targetType: 'file',
      targetId: opts.fileName ?? '(stdin)',
      details: { points: codes.length > 50 ? `${codes.length} points` : codes, templates, closedDays, extras, sessions },
    });
  }
  return result;
}
