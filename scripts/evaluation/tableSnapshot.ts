import type { Db } from '../../src/db/database.ts';
import { withTransaction } from '../../src/db/withTransaction.ts';

/**
 * Copies of the family and network tables taken right after seeding, so the
 * next case with the same `now` starts from them in one statement per table
 * instead of re-running the seed (which costs a second or more per case on
 * the embedded database). Triggers are off while restoring: the copied
 * counters (sessions.booked) are already right.
 */
export interface TableSnapshots {
  has(key: string): boolean;
  take(key: string): Promise<void>;
  restore(key: string): Promise<void>;
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

export async function tableSnapshots(pool: Db, tables: string[]): Promise<TableSnapshots> {
  const columns = new Map<string, string>();
  for (const t of tables) {
    const r = await pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [t],
    );
    columns.set(t, r.rows.map((c) => ident(c.column_name)).join(', '));
  }
  const seq = await pool.query<{ seq: string; tbl: string; col: string }>(
    `SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col
       FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND t.relname = ANY($1)`,
    [tables],
  );
  const keys = new Map<string, string>();
  const schemaOf = (key: string) => {
    const s = keys.get(key);
    if (!s) throw new Error(`no snapshot ${key}`);
    return s;
  };
  return {
    has: (key) => keys.has(key),
    async take(key) {
      const schema = `eval_snapshot_${keys.size}`;
      await withTransaction(pool, async (c) => {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.query(`CREATE SCHEMA ${schema}`);
        for (const t of tables) await c.query(`CREATE TABLE ${schema}.${ident(t)} AS SELECT ${columns.get(t)} FROM public.${ident(t)}`);
      });
      keys.set(key, schema);
    },
    async restore(key) {
      const schema = schemaOf(key);
      await withTransaction(pool, async (c) => {
        await c.query('SET LOCAL session_replication_role = replica');
        await c.query(`TRUNCATE ${tables.map((t) => `public.${ident(t)}`).join(', ')} CASCADE`);
        for (const t of tables) {
          const cols = columns.get(t)!;
          await c.query(`INSERT INTO public.${ident(t)} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM ${schema}.${ident(t)}`);
        }
        for (const s of seq.rows) {
          await c.query(`SELECT setval('public.${ident(s.seq)}', coalesce((SELECT max(${ident(s.col)}) FROM public.${ident(s.tbl)}), 0) + 1, false)`);
        }
      });
    },
  };
}
