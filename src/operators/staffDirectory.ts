import type pg from 'pg';
import type { Queryable } from '../db/Queryable.ts';
import { withTransaction } from '../db/withTransaction.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';
import { recordAudit, type Actor } from './auditLog.ts';
import { DryRun } from './DryRun.ts';
import { OperatorError, type RowProblem } from './OperatorError.ts';
import { readTable, type TableFormat } from './readTable.ts';
import { checkColumns, rowReader } from './rowReader.ts';
import { hasControlCharacters } from '../text/controlCharacters.ts';

export type StaffRole = 'admin' | 'point_staff';
/** Who manages a staff row (see migration 060): config ids, the staff file, admins' commands, or nobody (demo/SQL). */
export type StaffSource = 'config' | 'file' | 'command' | 'manual';

export interface StaffInput {
  telegramUserId: number;
  name: string;
  role: StaffRole;
  /** Point codes; required for point_staff, ignored for admins. */
  points: string[];
  active: boolean;
}

export interface StaffRecord {
  telegramUserId: number;
  name: string;
  role: StaffRole;
  points: string[];
  active: boolean;
  source: StaffSource;
}

export interface StaffImportResult {
  dryRun: boolean;
  added: number[];
  updated: number[];
  unchanged: number;
  deactivated: number[];
}

export interface ReconcileConfigResult {
  added: number[];
  reactivated: number[];
  deactivated: number[];
}

type Row = Record<string, any>;

export const STAFF_COLUMNS = ['telegram_user_id', 'name', 'role', 'points', 'active'] as const;

/** Validates a staff file: every bad row reported with line and field. */
export function validateStaffRows(
  table: ReturnType<typeof readTable>,
  pointCodes: Set<string>,
): { staff: (StaffInput & { line: number })[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  checkColumns(table.columns, STAFF_COLUMNS, table.format === 'csv' ? ['telegram_user_id', 'name', 'role'] : [], problems);
  if (!table.rows.length) problems.push({ line: 0, field: 'file', reason: 'no_rows' });
  const seen = new Map<number, number>();
  const staff: (StaffInput & { line: number })[] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const r = rowReader(row, problems);
    const id = r.int('telegram_user_id', { required: true, min: 1, max: 999_999_999_999 });
    if (id !== undefined && seen.has(id)) r.problem('telegram_user_id', 'duplicate_id', { firstLine: seen.get(id)! });
    else if (id !== undefined) seen.set(id, row.line);
    const name = r.text('name', { required: true, max: 60 });
    if (name && hasControlCharacters(name)) r.problem('name', 'bad_format');
    const role = r.oneOf('role', ['admin', 'point_staff'] as const, { required: true });
    const points = r
      .raw('points')
      .toUpperCase()
      .split(/[\s,;，、|]+/)
      .filter(Boolean);
    for (const code of points) if (!pointCodes.has(code)) r.problem('points', 'unknown_point', { point: code });
    if (role === 'point_staff' && !points.length) r.problem('points', 'missing');
    const active = r.bool('active', true);
    if (problems.length > before) continue;
    staff.push({ line: row.line, telegramUserId: id!, name: name!, role: role!, points: role === 'admin' ? [] : [...new Set(points)], active: active! });
  }
  return { staff, problems };
}

async function pointIdsByCode(db: Queryable): Promise<Map<string, number>> {
  const r = await db.query<{ id: number; code: string }>('SELECT id, code FROM service_points');
  return new Map(r.rows.map((p) => [p.code, p.id]));
}

async function loadStaffRows(db: Queryable, ids?: number[]): Promise<Map<number, Row>> {
  const r = await db.query<Row>(
    `SELECT s.id, s.telegram_user_id, s.name, s.role, s.active, s.source, s.deactivated_by,
            array(SELECT p.code FROM service_points p WHERE p.id IN (SELECT sp.point_id FROM staff_points sp WHERE sp.staff_id = s.id
                  UNION SELECT s.point_id WHERE s.point_id IS NOT NULL) ORDER BY p.code) AS points
       FROM staff s WHERE $1::bigint[] IS NULL OR s.telegram_user_id = ANY($1::bigint[])`,
    [ids ?? null],
  );
  return new Map(r.rows.map((s) => [Number(s.telegram_user_id), s]));
}

const toRecord = (s: Row): StaffRecord => ({
  telegramUserId: Number(s.telegram_user_id),
  name: s.name,
  role: s.role,
  points: s.points ?? [],
  active: s.active,
  source: s.source,
});

/** Writes one staff member (insert or update) with their point assignments; returns whether anything changed. */
async function writeStaff(
  client: pg.PoolClient,
  s: StaffInput,
  source: StaffSource,
  pointIds: Map<string, number>,
  now: Date,
): Promise<'added' | 'updated' | 'unchanged'> {
  const old = (await loadStaffRows(client, [s.telegramUserId])).get(s.telegramUserId);
  const ids = s.points.map((c) => pointIds.get(c)!);
  const first = s.role === 'admin' ? null : ids[0]!;
  const by = s.active ? null : source === 'file' ? 'file' : 'command';
  if (
    old &&
    old.name === s.name &&
    old.role === s.role &&
    old.active === s.active &&
    (s.role === 'admin' || JSON.stringify([...old.points].sort()) === JSON.stringify([...s.points].sort()))
  ) {
    if (old.source !== source && source !== 'config') await client.query('UPDATE staff SET source = $2 WHERE id = $1', [old.id, source]);
    return 'unchanged';
  }
  const r = await client.query<{ id: number }>(
    `INSERT INTO staff (telegram_user_id, name, role, point_id, active, source, deactivated_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
     ON CONFLICT (telegram_user_id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, point_id = EXCLUDED.point_id,
       active = EXCLUDED.active, source = EXCLUDED.source, deactivated_by = EXCLUDED.deactivated_by, updated_at = EXCLUDED.updated_at
     RETURNING id`,
    [s.telegramUserId, s.name, s.role, first, s.active, source, by, now],
  );
  const staffId = r.rows[0]!.id;
  await client.query('DELETE FROM staff_points WHERE staff_id = $1', [staffId]);
  if (ids.length) {
    await client.query('INSERT INTO staff_points (staff_id, point_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING', [staffId, ids]);
  }
  return old ? 'updated' : 'added';
}

async function deactivate(client: pg.PoolClient, staffId: number, by: 'config' | 'file' | 'command', now: Date): Promise<void> {
  await client.query('UPDATE staff SET active = false, deactivated_by = $2, updated_at = $3 WHERE id = $1', [staffId, by, now]);
}

/**
 * Staff management: the staff file, admins' commands, and the ids listed in
 * STAFF_USER_IDS. A deactivated row is no longer staff anywhere (every check
 * reads `active`), so access ends at once.
 */
export function staffDirectory({ pool, clock }: { pool: Db; clock: Clock }) {
  return {
    async list(): Promise<StaffRecord[]> {
      return [...(await loadStaffRows(pool)).values()].map(toRecord).sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
    },

    /** Adds or changes one staff member (an admin's command): role, name and points as given. */
    async save(actor: Actor, input: StaffInput): Promise<{ outcome: 'added' | 'updated' | 'unchanged'; staff: StaffRecord }> {
      const now = clock.now();
      return withTransaction(pool, async (client) => {
        const codes = await pointIdsByCode(client);
        const problems: RowProblem[] = [];
        for (const c of input.points) if (!codes.has(c)) problems.push({ line: 0, field: 'points', reason: 'unknown_point', value: c });
        if (input.role === 'point_staff' && !input.points.length) problems.push({ line: 0, field: 'points', reason: 'missing' });
        if (!input.name.trim()) problems.push({ line: 0, field: 'name', reason: 'missing' });
        if (problems.length) throw new OperatorError('INVALID_ROWS', { problems });
        const outcome = await writeStaff(client, input, 'command', codes, now);
        if (outcome !== 'unchanged') {
          await recordAudit(client, now, actor, {
            action: 'staff.save',
            targetType: 'staff',
            targetId: input.telegramUserId,
            details: { outcome, role: input.role, points: input.points, active: input.active },
          });
        }
        return { outcome, staff: toRecord((await loadStaffRows(client, [input.telegramUserId])).get(input.telegramUserId)!) };
      });
    },

    /** Ends a staff member's access (an admin's command). Admins cannot lock themselves out this way. */
    async deactivate(actor: Actor, telegramUserId: number): Promise<{ alreadyInactive: boolean }> {
      const now = clock.now();
      if (actor.kind === 'staff' && actor.telegramUserId === telegramUserId) {
        throw new OperatorError('INVALID_ROWS', { problems: [{ line: 0, field: 'telegram_user_id', reason: 'cannot_deactivate_self' }] });
      }
      return withTransaction(pool, async (client) => {
        const old = (await loadStaffRows(client, [telegramUserId])).get(telegramUserId);
        if (!old) throw new OperatorError('STAFF_NOT_FOUND', { telegramUserId });
        if (!old.active) return { alreadyInactive: true };
        await deactivate(client, old.id, 'command', now);
        // The admin now manages this row: config reconciliation will not bring it back.
        await client.query(`UPDATE staff SET source = 'command' WHERE id = $1 AND source <> 'manual'`, [old.id]);
        await recordAudit(client, now, actor, { action: 'staff.deactivate', targetType: 'staff', targetId: telegramUserId, details: { name: old.name } });
        return { alreadyInactive: false };
      });
    },

    /**
     * `npm run staff:import`: the file lists the staff it manages; rows marked
     * inactive, and staff from an earlier file missing from this one, lose
     * access. All rows valid or nothing is written.
     */
    async importFile(actor: Actor, input: { text: string; fileName?: string; format?: TableFormat; dryRun?: boolean }): Promise<StaffImportResult> {
      const table = readTable(input.text, { fileName: input.fileName, format: input.format, listKeys: ['staff'] });
      const now = clock.now();
      try {
        return await withTransaction(pool, async (client) => {
          const codes = await pointIdsByCode(client);
          const { staff, problems } = validateStaffRows(table, new Set(codes.keys()));
          if (problems.length) throw new OperatorError('INVALID_ROWS', { problems });
          const result: StaffImportResult = { dryRun: Boolean(input.dryRun), added: [], updated: [], unchanged: 0, deactivated: [] };
          const before = await loadStaffRows(client);
          for (const s of staff) {
            const outcome = await writeStaff(client, s, 'file', codes, now);
            if (outcome === 'added') result.added.push(s.telegramUserId);
            else if (outcome === 'updated') {
              if (!s.active && before.get(s.telegramUserId)?.active) result.deactivated.push(s.telegramUserId);
              else result.updated.push(s.telegramUserId);
            } else result.unchanged++;
          }
          const listed = new Set(staff.map((s) => s.telegramUserId));
          for (const [id, old] of before) {
            if (old.source === 'file' && old.active && !listed.has(id)) {
              await deactivate(client, old.id, 'file', now);
              result.deactivated.push(id);
            }
          }
          await recordAudit(client, now, actor, {
            action: 'staff.import',
            targetType: 'file',
            targetId: input.fileName ?? '(stdin)',
            details: { added: result.added, updated: result.updated, deactivated: result.deactivated, unchanged: result.unchanged },
          });
          if (input.dryRun) throw new DryRun(result);
          return result;
        });
      } catch (err) {
        if (err instanceof DryRun) return err.result as StaffImportResult;
        throw err;
      }
    },

    /**
     * At start: every id in STAFF_USER_IDS is an active admin (added if new);
     * config admins no longer listed are deactivated. Rows the staff file or an
     * admin's command manage are theirs: config neither adds powers to them
     * nor takes them away.
     */
    async reconcileConfigured(telegramUserIds: number[]): Promise<ReconcileConfigResult> {
      const now = clock.now();
      const listed = new Set(telegramUserIds);
      return withTransaction(pool, async (client) => {
        const rows = await loadStaffRows(client);
        const out: ReconcileConfigResult = { added: [], reactivated: [], deactivated: [] };
        for (const id of listed) {
          const old = rows.get(id);
          if (!old) {
            await client.query(`INSERT INTO staff (telegram_user_id, name, role, source, created_at, updated_at) VALUES ($1, $2, 'admin', 'config', $3, $3)`, [
              id,
              `staff ${id}`,
              now,
            ]);
            out.added.push(id);
          } else if (old.source === 'config' && !old.active && old.deactivated_by === 'config') {
            await client.query(`UPDATE staff SET active = true, deactivated_by = NULL, updated_at = $2 WHERE id = $1`, [old.id, now]);
            out.reactivated.push(id);
          }
        }
        for (const [id, old] of rows) {
          if (old.source === 'config' && old.active && !listed.has(id)) {
            await deactivate(client, old.id, 'config', now);
            out.deactivated.push(id);
          }
        }
        if (out.added.length || out.reactivated.length || out.deactivated.length) {
          await recordAudit(client, now, { kind: 'system', label: 'STAFF_USER_IDS' }, { action: 'staff.reconcile', targetType: 'config', details: { ...out } });
        }
        return out;
      });
    },
  };
}
