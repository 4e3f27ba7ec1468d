import type pg from 'pg';
import { generateRefCode } from './rules/generateRefCode.ts';

/**
 * Inserts a booking with a fresh reference code, retrying on the (rare) code
 * collision. ON CONFLICT names only ref_code, so capacity (CHECK on sessions)
 * and one-per-child (partial unique index) violations still raise.
 */
export async function insertBooking(
  client: pg.PoolClient,
  b: { sessionId: number; childId: number; parentId: number; status: 'confirmed' | 'held'; holdExpiresAt?: Date; now: Date },
): Promise<{ id: number; refCode: string }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const refCode = generateRefCode();
    const r = await client.query<{ id: number }>({
      name: 'booking_insert',
      text: `INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status, hold_expires_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (ref_code) DO NOTHING RETURNING id`,
      values: [refCode, b.sessionId, b.childId, b.parentId, b.status, b.holdExpiresAt ?? null, b.now],
    });
    if (r.rows[0]) return { id: r.rows[0].id, refCode };
  }
  throw new Error('could not find a free booking reference code');
}

export function pgErrorIs(err: unknown, code: string, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string };
  return e?.code === code && (constraint === undefined || e.constraint === constraint);
}
