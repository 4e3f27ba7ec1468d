import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { DatabaseSetupError } from '../../src/db/DatabaseSetupError.ts';
import { LOCK_FILE } from '../../src/db/dataDirLock.ts';

/**
 * Issue 10 item 5: two processes on one embedded data directory destroyed
 * it. Now the first holds a lock naming itself; a second opener is refused
 * with that name; after the holder exits (cleanly or by kill -9), the
 * directory opens again with its data intact.
 */
const root = mkdtempSync(join(tmpdir(), 'ailin-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const childEnv = (dir: string) => ({
  ...process.env,
  DATA_DIR: dir,
  DATABASE_URL: '',
  TELEGRAM_BOT_TOKEN: '',
  LOG_LEVEL: 'warn',
});

/** A second process holding `dir` as `npm start` would. */
async function startHolder(
  dir: string,
  rows: number,
): Promise<{ child: ChildProcessWithoutNullStreams; exited: Promise<number | null>; stderr: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/reliability/fixtures/holdDataDir.ts'], {
    env: { ...childEnv(dir), ROWS: String(rows), npm_lifecycle_event: 'start' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`holder exited early (${code}): ${err}`)));
  });
  return { child, exited, stderr: () => err };
}

/** Runs a command to completion; its exit code and stderr. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

async function countParents(dir: string): Promise<number> {
  const db = await openDatabase({ dataDir: dir });
  try {
    return (await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM parents')).rows[0]!.n;
  } finally {
    await db.close();
  }
}

describe('one writer per embedded database', () => {
  it('refuses a second process on a held data directory, naming the holder, and opens again after it stops', async () => {
    const dir = join(root, 'clean');
    const holder = await startHolder(dir, 25);
    try {
      const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
      expect(lock).toMatchObject({ pid: holder.child.pid, command: 'npm start' });

      // In this process: refused before PGlite touches a file.
      const err = await openDatabase({ dataDir: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabaseSetupError);
      expect((err as DatabaseSetupError).code).toBe('DB_DATA_DIR_LOCKED');
      expect((err as Error).message).toContain(`the assistant (pid ${holder.child.pid}, npm start, since `);
      expect((err as Error).message).toContain(`holds ${dir}; stop it first, or run this command while it is stopped`);

      // A command (db:migrate goes through openDatabase like seed, ingest, converse --db, import, report):
      // one clear line, exit 2, no stack trace.
      const migrateRun = await run(['scripts/db-migrate.ts'], { ...childEnv(dir), npm_lifecycle_event: 'db:migrate' });
      expect(migrateRun.code, migrateRun.stderr).toBe(2);
      expect(migrateRun.stderr).toContain(`the assistant (pid ${holder.child.pid}, npm start`);
      expect(migrateRun.stderr).not.toContain('    at ');
    } finally {
      holder.child.stdin.end();
    }
    expect(await holder.exited, holder.stderr()).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(await countParents(dir)).toBe(25);
  }, 180_000);

  it('takes over the lock of a holder killed with kill -9, with the data intact', async () => {
    const dir = join(root, 'killed');
    const holder = await startHolder(dir, 40);
    holder.child.kill('SIGKILL');
    await holder.exited;
    // The dead holder's lock is still there...
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(holder.child.pid);
    // ...and is recognised as stale: the directory opens, with every committed row.
    expect(await countParents(dir)).toBe(40);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);

  it('needs no lock for an in-memory database (each is its own)', async () => {
    const [a, b] = await Promise.all([openDatabase({ dataDir: 'memory://' }), openDatabase({ dataDir: 'memory://' })]);
    await Promise.all([a.close(), b.close()]);
  }, 180_000);
});
