import type pg from 'pg';
import { refusalCall, ruleArgs, type Refusal } from './bookingRefusal.ts';
import type { BookingDeps } from './context.ts';
import { SESSION_COLUMNS, sessionFromRow, type Row } from './rows.ts';
import type { Lang, SessionSummary } from './types.ts';

/** One child and one session as the waitlist sees them, read in ONE statement. */
export interface ChildSituation {
  session: Row;
  summary: SessionSummary;
  /** Why this child may not take a place now (booking_refusal(), the one decider), or null; ALREADY_BOOKED if it has one. */
  refusal: Refusal | null;
  parentLanguage: Lang;
}

/**
 * Read AFTER the child row is locked (a separate, later statement), so under
 * READ COMMITTED it sees every booking committed by whoever held the lock before.
 */
export async function loadChildSituation(
  client: pg.PoolClient,
  deps: Omit<BookingDeps, 'pool'>,
  args: { childId: number; parentId: number; sessionId: number; now: Date },
): Promise<ChildSituation | null> {
  // Named: prepared once per connection, so the waitlist worker skips re-planning it.
  const r = await client.query<Row>({
    name: 'booking_child_situation',
    text: `SELECT ${SESSION_COLUMNS},
       ${refusalCall(1)} AS refusal,
       par.language AS parent_language
     FROM sessions s JOIN service_points p ON p.id = s.point_id JOIN parents par ON par.id = $1
     WHERE s.id = $3`,
    values: [args.parentId, args.childId, args.sessionId, args.now, ...ruleArgs(deps)],
  });
  const row = r.rows[0];
  if (!row) return null;
  return {
    session: row,
    summary: sessionFromRow(row, deps.timeZone),
    refusal: row.refusal,
    parentLanguage: row.parent_language,
  };
}
