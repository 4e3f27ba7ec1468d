import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { requireStaff } from '../booking/staffAccess.ts';
import type { Clock } from '../time/clock.ts';

export interface ConsoleSignInDeps {
  pool: Db;
  clock: Clock;
  /** Where the console is opened, e.g. https://console.example.org (no trailing slash). */
  baseUrl: string;
  /** Signs the links (CONSOLE_SESSION_SECRET). */
  secret: string;
  /** How long a sign-in link works (default 10 minutes). */
  linkMinutes?: number;
  /** How long a browser session lasts (default 12 hours: one working day). */
  sessionHours?: number;
}

export interface SignInLink {
  url: string;
  expiresAt: Date;
}

export interface ConsoleSession {
  telegramUserId: number;
  expiresAt: Date;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const random = () => randomBytes(32).toString('base64url');
/** Links and sessions gone this long are deleted (they only ever refuse). */
const KEEP_EXPIRED_MS = 86_400_000;

/**
 * Signing in to the staff console without passwords: the bot hands a staff
 * member a one-time link (random, signed, short-lived, stored only as a
 * hash); opening it starts a browser session whose token is also stored only
 * as a hash. Whether the person is still staff, and for which points, is read
 * from the staff table on every request, never from the session.
 */
export function createConsoleSignIn({ pool, clock, baseUrl, secret, linkMinutes = 10, sessionHours = 12 }: ConsoleSignInDeps) {
  const sign = (nonce: string) => createHmac('sha256', secret).update(`console-link:${nonce}`).digest('base64url').slice(0, 32);

  /** The nonce of a well-formed, correctly signed token; null for anything else (checked before the database). */
  function verified(token: string): string | null {
    const m = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{32})$/.exec(token);
    if (!m) return null;
    const want = Buffer.from(sign(m[1]!));
    const got = Buffer.from(m[2]!);
    return want.length === got.length && timingSafeEqual(want, got) ? m[1]! : null;
  }

  return {
    /** A link for an active staff member (NOT_STAFF otherwise). */
    async createLink(telegramUserId: number): Promise<SignInLink> {
      await requireStaff(pool, telegramUserId);
      const now = clock.now();
      const nonce = random();
      const expiresAt = new Date(now.getTime() + linkMinutes * 60_000);
      await pool.query('DELETE FROM console_sign_in_links WHERE expires_at < $1', [new Date(now.getTime() - KEEP_EXPIRED_MS)]);
      await pool.query('INSERT INTO console_sign_in_links (token_hash, telegram_user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        hash(nonce),
        telegramUserId,
        now,
        expiresAt,
      ]);
      return { url: `${baseUrl}/signin/${nonce}.${sign(nonce)}`, expiresAt };
    },

    /** Whether a link looks usable (for the confirmation page; using it is `redeem`). */
    async linkIsUsable(token: string): Promise<boolean> {
      const nonce = verified(token);
      if (!nonce) return false;
      const r = await pool.query('SELECT 1 FROM console_sign_in_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2', [
        hash(nonce),
        clock.now(),
      ]);
      return r.rows.length > 0;
    },

    /**
     * Uses a link once: a new session token for its staff member, or null when
     * the link is unknown, forged, expired, already used, or its owner is no
     * longer staff. Marking it used and reading it is one statement, so two
     * clicks racing cannot both sign in.
     */
    async redeem(token: string): Promise<{ sessionToken: string; session: ConsoleSession } | null> {
      const nonce = verified(token);
      if (!nonce) return null;
      const now = clock.now();
      const r = await pool.query<{ telegram_user_id: string }>(
        `UPDATE console_sign_in_links SET used_at = $2
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
        RETURNING telegram_user_id`,
        [hash(nonce), now],
      );
      const row = r.rows[0];
      if (!row) return null;
      const telegramUserId = Number(row.telegram_user_id);
      const staff = await pool.query('SELECT 1 FROM staff WHERE telegram_user_id = $1 AND active', [telegramUserId]);
      if (!staff.rows.length) return null;
      const sessionToken = random();
      const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000);
      await pool.query('DELETE FROM console_sessions WHERE expires_at < $1', [new Date(now.getTime() - KEEP_EXPIRED_MS)]);
      await pool.query('INSERT INTO console_sessions (token_hash, telegram_user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        hash(sessionToken),
        telegramUserId,
        now,
        expiresAt,
      ]);
      return { sessionToken, session: { telegramUserId, expiresAt } };
    },

    /** The session behind a cookie's token; null when unknown, ended or expired. */
    async session(sessionToken: string): Promise<ConsoleSession | null> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(sessionToken)) return null;
      const r = await pool.query<{ telegram_user_id: string; expires_at: Date }>(
        'SELECT telegram_user_id, expires_at FROM console_sessions WHERE token_hash = $1 AND ended_at IS NULL AND expires_at > $2',
        [hash(sessionToken), clock.now()],
      );
      const row = r.rows[0];
      return row ? { telegramUserId: Number(row.telegram_user_id), expiresAt: new Date(row.expires_at) } : null;
    },

    /** Keeps an action's outcome for the next page of this session (Post/Redirect/Get). */
    async setFlash(sessionToken: string, flash: { kind: 'ok' | 'error'; text: string }): Promise<void> {
      await pool.query('UPDATE console_sessions SET flash = $2 WHERE token_hash = $1', [hash(sessionToken), JSON.stringify(flash)]);
    },

    /** The outcome kept for this session, once. */
    async takeFlash(sessionToken: string): Promise<{ kind: 'ok' | 'error'; text: string } | null> {
      const r = await pool.query<{ flash: unknown }>('SELECT flash FROM console_sessions WHERE token_hash = $1 AND flash IS NOT NULL', [hash(sessionToken)]);
      if (!r.rows[0]) return null;
      await pool.query('UPDATE console_sessions SET flash = NULL WHERE token_hash = $1', [hash(sessionToken)]);
      const f = r.rows[0].flash;
      return (typeof f === 'string' ? JSON.parse(f) : f) as { kind: 'ok' | 'error'; text: string };
    },

    /** Signs out: the token no longer opens anything. */
    async end(sessionToken: string): Promise<void> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(sessionToken)) return;
      await pool.query('UPDATE console_sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL', [hash(sessionToken), clock.now()]);
    },
  };
}

export type ConsoleSignIn = ReturnType<typeof createConsoleSignIn>;
