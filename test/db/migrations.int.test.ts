import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { loadMigrations, migrate } from '../../src/db/migrate.ts';
import { DatabaseSetupError } from '../../src/db/DatabaseSetupError.ts';
import { SESSION_KINDS } from '../../src/domain/serviceKinds.ts';
import { getTestDatabase } from '../helpers/testDatabase.ts';

describe('migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await getTestDatabase();
  });

  it('are all recorded once and re-applying is a no-op', async () => {
    const all = loadMigrations().map((m) => m.name);
    const again = await migrate(db.pool);
    expect(again.applied).toEqual([]);
    const rows = (await db.pool.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).rows;
    expect(rows.map((r) => r.name)).toEqual(all);
  });

  it('writes the kinds of session listed in code into the table every kind column references', async () => {
    await migrate(db.pool);
    const rows = (await db.pool.query<{ kind: string }>('SELECT kind FROM session_kinds ORDER BY kind')).rows.map((r) => r.kind);
    expect(rows).toEqual([...SESSION_KINDS].sort());
  });

  it('two concurrent runs apply a new migration exactly once', async () => {
    const extra = { name: '999_test_extra.sql', sql: 'CREATE TABLE test_extra (id int)', checksum: 'x1' };
    const migrations = [...loadMigrations(), extra];
    const [a, b] = await Promise.all([migrate(db.pool, { migrations }), migrate(db.pool, { migrations })]);
    expect([...a.applied, ...b.applied]).toEqual(['999_test_extra.sql']);
    await db.pool.query('DROP TABLE test_extra');
    await db.pool.query("DELETE FROM schema_migrations WHERE name = '999_test_extra.sql'");
  });

  it('a failing migration is rolled back whole and names itself', async () => {
    const bad = { name: '998_bad.sql', sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;', checksum: 'x2' };
    await expect(migrate(db.pool, { migrations: [...loadMigrations(), bad] })).rejects.toThrow(/998_bad\.sql failed and was rolled back/);
    const t = await db.pool.query("SELECT to_regclass('public.half_done') AS t");
    expect(t.rows[0].t).toBeNull();
    const rec = await db.pool.query("SELECT 1 FROM schema_migrations WHERE name = '998_bad.sql'");
    expect(rec.rowCount).toBe(0);
    // Existing data survives.
    expect((await db.pool.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n).toBe(loadMigrations().length);
  });

  it('refuses an applied migration whose file was edited', async () => {
    const changed = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    await expect(migrate(db.pool, { migrations: changed })).rejects.toMatchObject({ code: 'DB_MIGRATION_CHANGED' });
  });
});

describe('opening a database', () => {
  it('gives a clear error for an unreachable server', async () => {
    const err = await openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none' }).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseSetupError);
    expect(err.code).toBe('DB_UNREACHABLE');
    expect(err.message).toMatch(/Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none/);
  });

  it('gives a clear error for an unwritable data directory', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ailin-'));
    const file = join(parent, 'not-a-dir');
    writeFileSync(file, 'x');
    const err = await openDatabase({ dataDir: join(file, 'data') }).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseSetupError);
    expect(err.code).toBe('DB_DATA_DIR_UNWRITABLE');
    expect(err.message).toContain('DATA_DIR');
  });

  it('keeps embedded data across restarts in a data directory', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ailin-')), 'data');
    const first = await openDatabase({ dataDir: dir });
    await migrate(first.pool);
    await first.pool.query(`INSERT INTO parents (id, display_name) VALUES (42, 'kept')`);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    const again = await migrate(second.pool);
    expect(again.applied).toEqual([]);
    const r = await second.pool.query('SELECT display_name FROM parents WHERE id = 42');
    expect(r.rows[0].display_name).toBe('kept');
    await second.close();
  });
});
