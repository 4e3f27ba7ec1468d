import { DROP_OFF_KINDS } from '../domain/serviceKinds.ts';
import type pg from 'pg';
import { withTransaction } from '../db/withTransaction.ts';
import { localDateOf } from '../time/zonedTime.ts';
import { recordAudit, type Actor } from './auditLog.ts';
import { deactivatePointIn } from './deactivatePoint.ts';
import { DryRun } from './DryRun.ts';
import { generateSessionsIn, horizonRange } from './generateSessions.ts';
import type { OperatorDeps } from './OperatorDeps.ts';
import { OperatorError, type RowProblem } from './OperatorError.ts';
import { validatePointsFile, type PointInput } from './pointsFile.ts';
import { readTable, type TableFormat } from './readTable.ts';

export interface PointsImportResult {
  dryRun: boolean;
  created: string[];
  updated: { code: string; fields: string[] }[];
  unchanged: number;
  deactivated: { code: string; cancelledBookings: number; waitlistCancelled: number; sessionsClosed: number; sessionsDeleted: number }[];
  reactivated: string[];
}

type Row = Record<string, any>;

/** File field → column, in the order changes are listed. */
const FIELDS: [keyof PointInput, string][] = [
  ['nameZh', 'name_zh'],
  ['nameEn', 'name_en'],
  ['district', 'district'],
  ['neighbourhoodZh', 'neighbourhood_zh'],
  ['neighbourhoodEn', 'neighbourhood_en'],
  ['addressZh', 'address_zh'],
  ['addressEn', 'address_en'],
  ['latitude', 'latitude'],
  ['longitude', 'longitude'],
  ['phone', 'phone'],
  ['pointType', 'point_type'],
  ['operatorZh', 'operator_zh'],
  ['operatorEn', 'operator_en'],
  ['minAgeMonths', 'min_age_months'],
  ['maxAgeMonths', 'max_age_months'],
];

async function insertPoint(client: pg.PoolClient, p: PointInput, now: Date): Promise<number> {
  const r = await client.query<{ id: number }>(
    `INSERT INTO service_points (code, ${FIELDS.map(([, c]) => c).join(', ')}, active, created_at, updated_at)
     VALUES ($1, ${FIELDS.map((_, i) => `$${i + 2}`).join(', ')}, $${FIELDS.length + 2}, $${FIELDS.length + 3}, $${FIELDS.length + 3})
     RETURNING id`,
    [p.code, ...FIELDS.map(([k]) => p[k]), p.active, now],
  );
  return r.rows[0]!.id;
}

/**
 * Drop-off care needs a registered childcare provider on site: a point
 * becoming community_shared may not keep half-day or temporary care in its
 * timetable or in its future sessions.
 */
async function dropOffProblems(
  client: pg.PoolClient,
  deps: Pick<OperatorDeps, 'timeZone'>,
  points: PointInput[],
  existing: Map<string, Row>,
  now: Date,
): Promise<RowProblem[]> {
  const ids = points.filter((p) => p.pointType === 'community_shared' && existing.has(p.code)).map((p) => existing.get(p.code)!.id as number);
  if (!ids.length) return [];
  const r = await client.query<{ point_id: number; templates: number; sessions: number }>(
    `SELECT p.id AS point_id,
            (SELECT count(*)::int FROM session_templates t WHERE t.point_id = p.id AND t.kind = ANY($4::text[])) +
            (SELECT count(*)::int FROM timetable_exceptions e WHERE e.point_id = p.id AND e.kind = 'extra' AND e.session_kind = ANY($4::text[]) AND e.day >= $2::date) AS templates,
            (SELECT count(*)::int FROM sessions s WHERE s.point_id = p.id AND s.status = 'open' AND s.starts_at > $3 AND s.kind = ANY($4::text[])) AS sessions
       FROM service_points p WHERE p.id = ANY($1::int[])`,
    [ids, localDateOf(now, deps.timeZone), now, DROP_OFF_KINDS],
  );
  const problems: RowProblem[] = [];
  for (const x of r.rows) {
    if (!x.templates && !x.sessions) continue;
    const p = points.find((q) => existing.get(q.code)?.id === x.point_id)!;
    problems.push({
      line: p.line,
      field: 'point_type',
      reason: 'drop_off_timetabled',
      value: p.pointType,
      facts: { templates: x.templates, sessions: x.sessions },
    });
  }
  return problems;
}

export interface PointsImportOptions {
  actor: Actor;
  fileName?: string;
  dryRun?: boolean;
  /** The file is the whole network: active points missing from it are deactivated. */
  full?: boolean;
  /** The demo seed records no audit entry; every operator import does. */
  audit?: boolean;
}

/**
 * `npm run points:import`: validates every row (nothing is written if any row
 * is bad), then upserts by code in ONE transaction. A point marked inactive
 * (or, with `full`, missing from the file) is deactivated — never deleted —
 * and its future sessions closed through the closure flow, families told with
 * alternatives. A reactivated point gets its timetable's sessions again.
 */
export async function importPoints(deps: OperatorDeps, input: { text: string; format?: TableFormat } & PointsImportOptions): Promise<PointsImportResult> {
  const table = readTable(input.text, { fileName: input.fileName, format: input.format, listKeys: ['points'] });
  const { points, problems } = validatePointsFile(table);
  try {
    return await withTransaction(deps.pool, async (client) => {
      if (problems.length) {
        // Report the rules that need the database for the good rows too: one pass fixes the file.
        const existing = new Map((await client.query<Row>('SELECT id, code FROM service_points')).rows.map((r) => [r.code as string, r]));
        const more = await dropOffProblems(client, deps, points, existing, deps.clock.now());
        throw new OperatorError('INVALID_ROWS', { problems: [...problems, ...more] });
      }
      const result = await importPointsIn(client, deps, points, input);
      if (input.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.result as PointsImportResult;
    throw err;
  }
}

/** The upsert of validated points in the caller's transaction (the demo seed runs it inside its own). */
export async function importPointsIn(
  client: pg.PoolClient,
  deps: Omit<OperatorDeps, 'pool'>,
  points: PointInput[],
  opts: PointsImportOptions,
): Promise<PointsImportResult> {
  const now = deps.clock.now();
  await client.query('SELECT pg_advisory_xact_lock(7302202460)');
  const existing = new Map((await client.query<Row>('SELECT * FROM service_points')).rows.map((r) => [r.code as string, r]));
  const dbProblems = await dropOffProblems(client, deps, points, existing, now);
  if (dbProblems.length) throw new OperatorError('INVALID_ROWS', { problems: dbProblems });

  const result: PointsImportResult = { dryRun: Boolean(opts.dryRun), created: [], updated: [], unchanged: 0, deactivated: [], reactivated: [] };
  const toDeactivate: { id: number; code: string }[] = [];
  const reactivatedIds: number[] = [];
  for (const p of points) {
    const old = existing.get(p.code);
    if (!old) {
      await insertPoint(client, p, now);
      result.created.push(p.code);
      continue;
    }
    const changed = FIELDS.filter(([k, c]) => old[c] !== p[k]);
    if (changed.length) {
      await client.query(
        `UPDATE service_points SET ${changed.map(([, c], i) => `${c} = $${i + 2}`).join(', ')}, updated_at = $${changed.length + 2} WHERE id = $1`,
        [old.id, ...changed.map(([k]) => p[k]), now],
      );
      result.updated.push({ code: p.code, fields: changed.map(([, c]) => c) });
    }
    if (old.active && !p.active) toDeactivate.push({ id: old.id, code: p.code });
    else if (!old.active && p.active) {
      await client.query('UPDATE service_points SET active = true, updated_at = $2 WHERE id = $1', [old.id, now]);
      result.reactivated.push(p.code);
      reactivatedIds.push(old.id);
    } else if (!changed.length) result.unchanged++;
  }
  if (opts.full) {
    const listed = new Set(points.map((p) => p.code));
    for (const [code, old] of existing) if (old.active && !listed.has(code)) toDeactivate.push({ id: old.id, code });
  }
  for (const d of toDeactivate) {
    const r = await deactivatePointIn(client, deps, d.id, now);
    result.deactivated.push({
      code: d.code,
      cancelledBookings: r.cancelledBookings,
      waitlistCancelled: r.waitlistCancelled,
      sessionsClosed: r.sessionsClosed,
      sessionsDeleted: r.sessionsDeleted,
    });
  }
  if (reactivatedIds.length) await generateSessionsIn(client, deps, { ...horizonRange(deps), pointIds: reactivatedIds });

  if (opts.audit !== false)
    await recordAudit(client, now, opts.actor, {
      action: 'points.import',
      targetType: 'file',
      targetId: opts.fileName ?? '(stdin)',
      details: {
        created: result.created.length > 50 ? result.created.length : result.created,
        updated: result.updated.length > 50 ? result.updated.length : result.updated,
        unchanged: result.unchanged,
        deactivated: result.deactivated,
        reactivated: result.reactivated,
        full: Boolean(opts.full),
      },
    });
  return result;
}
