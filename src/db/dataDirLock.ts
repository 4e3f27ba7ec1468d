import { closeSync, linkSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { DatabaseSetupError } from './DatabaseSetupError.ts';

/** The file inside an embedded data directory that names the one process using it. */
export const LOCK_FILE = 'assistant.lock';

export interface LockHolder {
  pid: number;
  /** What the operator typed, e.g. "npm start" or "npm run db:seed". */
  command: string;
  /** ISO time the lock was taken. */
  since: string;
  host: string;
  /** Kernel start time of the process (Linux), so a recycled pid is not mistaken for the holder. */
  procStart?: string;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** Linux: field 22 of /proc/<pid>/stat (start time in clock ticks since boot). */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // cannot tell: assume it runs
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (holder.procStart !== undefined) {
    const now = processStartTime(holder.pid);
    if (now !== undefined && now !== holder.procStart) return false; // the pid was reused
  }
  return true;
}

/** "npm start", "npm run db:seed", else the script the process runs. */
export function currentCommand(): string {
  const event = process.env.npm_lifecycle_event;
  if (event) return event === 'start' || event === 'test' ? `npm ${event}` : `npm run ${event}`;
  const script = process.argv.slice(1).find((a) => /\.(ts|js|mjs)$/.test(a));
  return script ? `${basename(process.argv0)} ${script.replace(`${process.cwd()}/`, '')}` : basename(process.argv0);
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return typeof h.pid === 'number' ? h : undefined;
  } catch {
    return undefined;
  }
}

function describeHolder(h: LockHolder): string {
  const who = h.command === 'npm start' ? 'the assistant' : `another command`;
  const d = new Date(h.since);
  const pad = (n: number) => String(n).padStart(2, '0');
  const since = Number.isNaN(d.getTime())
    ? h.since
    : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return `${who} (pid ${h.pid}, ${h.command}, since ${since}${h.host !== hostname() ? ` on ${h.host}` : ''})`;
}

/** Writes the holder record to a private file, then links it into place: the lock file is never seen half-written. */
function tryCreate(path: string, holder: LockHolder): boolean {
  const tmp = `${path}.${process.pid}.${Date.now()}`;
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path); // atomic; fails with EEXIST when someone holds it
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * Removes a dead holder's lock under a second exclusive file, so two
 * processes that both found it dead cannot both take it over.
 */
function removeStale(path: string, stale: LockHolder | undefined): void {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // A takeover that crashed midway leaves its guard behind; it is only ever held for microseconds.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) unlinkSync(guard);
    } catch {
      // already gone
    }
    return;
  }
  try {
    const again = readHolder(path);
    // Still the same dead holder (or still unreadable)? Then it is ours to remove.
    if (again?.pid === stale?.pid && again?.since === stale?.since) unlinkSync(path);
  } catch {
    // gone meanwhile
  } finally {
    closeSync(fd);
    unlinkSync(guard);
  }
}

/**
 * One writer per embedded database: PGlite has no locking of its own, and two
 * processes on one directory corrupt it. Takes `<dir>/assistant.lock`
 * (pid, command, start time) or refuses, naming the holder. A lock left by a
 * process that died (kill -9, power loss) is detected by its pid and taken over.
 * The lock is released on release() and, failing that, when the process exits.
 */
export function lockDataDir(dir: string, displayDir = dir): DataDirLock {
  const path = join(dir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    command: currentCommand(),
    since: new Date().toISOString(),
    host: hostname(),
    procStart: processStartTime(process.pid),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, holder)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        try {
          if (readHolder(path)?.pid === process.pid) unlinkSync(path);
        } catch {
          // already removed
        }
      };
      process.on('exit', release);
      return { path, release };
    }
    const current = readHolder(path);
    if (current && current.pid === process.pid && current.host === hostname()) {
      throw new DatabaseSetupError(
        'DB_DATA_DIR_LOCKED',
        `The embedded database in ${displayDir} is already open in this process; close it before opening it again.`,
      );
    }
    if (current && isAlive(current)) {
      throw new DatabaseSetupError(
        'DB_DATA_DIR_LOCKED',
        `The embedded database in ${displayDir} is in use: ${describeHolder(current)} holds ${displayDir}; ` +
          'stop it first, or run this command while it is stopped. (The embedded database allows one process at a time; ' +
          `use a PostgreSQL server via DATABASE_URL to run several. If that process is surely gone, delete ${path}.)`,
      );
    }
    // Dead holder, or an unreadable file (never half-written, as it is linked complete: debris).
    removeStale(path, current);
  }
  throw new DatabaseSetupError(
    'DB_DATA_DIR_LOCKED',
    `Could not take the lock ${path} for the embedded database in ${displayDir}; another process keeps taking it.`,
  );
}
