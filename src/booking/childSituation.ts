import type pg from 'pg';
import { DomainError } from '../errors/DomainError.ts';
import { localDateOf, localTimeOf } from '../time/zonedTime.ts';
import type { BookingDeps } from './context.ts';
import { checkChildAge } from './rules/checkChildAge.ts';
import { checkWeeklyCap } from './rules/checkWeeklyCap.ts';
import { computeNoShowPause } from './rules/computeNoShowPause.ts';
import { SESSION_COLUMNS, sessionFacts, sessionFromRow, type Row } from './rows.ts';
import type { Lang, SessionSummary } from './types.ts';

/** Everything the rules need about one child and one session, read in ONE statement. */
export interface ChildSituation {
  session: Row;
  summary: SessionSummary;
  existing: { id: number; refCode: string; status: string } | null;
  overlap: { refCode: string; startsAt: string; endsAt: string; pointNameZh: string; pointNameEn: string } | null;
  otherDates: string[];
  noShowStarts: Date[];
  pausedUntil: Date | null;
  parentLanguage: Lang;
}

const ACTIVE = `('held','confirmed','attended','no_show')`;

/**
 * Read AFTER the child row is locked (a separate, later statement), so under
 * READ COMMITTED it sees every booking committed by whoever held the lock before.
 */
export async function loadChildSituation(
  client: pg.PoolClient,
  deps: Omit<BookingDeps, 'pool'>,
  args: { childId: number; parentId: number; sessionId: number; now: Date },
): Promise<ChildSituation | null> {
  const noShowSince = new Date(args.now.getTime() - deps.rules.noShowWindowDays * 86_400_000);
  // Named: prepared once per connection, so the hot path skips re-planning this statement.
  const r = await client.query<Row>({
    name: 'booking_child_situation',
    text: `SELECT ${SESSION_COLUMNS},
       (SELECT json_build_object('id', b.id, 'refCode', b.ref_code, 'status', b.status) FROM bookings b
         WHERE b.session_id = s.id AND b.child_id = $1 AND b.status IN ${ACTIVE} LIMIT 1) AS existing,
       (SELECT json_build_object('refCode', b.ref_code, 'startsAt', s2.starts_at, 'endsAt', s2.ends_at,
                                 'pointNameZh', p2.name_zh, 'pointNameEn', p2.name_en)
          FROM bookings b JOIN sessions s2 ON s2.id = b.session_id JOIN service_points p2 ON p2.id = s2.point_id
         WHERE b.child_id = $1 AND b.status IN ('held','confirmed') AND s2.id <> s.id
           AND s2.starts_at < s.ends_at AND s2.ends_at > s.starts_at
         ORDER BY s2.starts_at LIMIT 1) AS overlap,
       (SELECT coalesce(json_agg(to_char(s3.starts_at AT TIME ZONE $4, 'YYYY-MM-DD')), '[]'::json)
          FROM bookings b JOIN sessions s3 ON s3.id = b.session_id
         WHERE b.child_id = $1 AND b.status IN ${ACTIVE} AND s3.id <> s.id
           AND s3.starts_at > s.starts_at - interval '8 days' AND s3.starts_at < s.starts_at + interval '8 days') AS other_dates,
       (SELECT coalesce(json_agg(extract(epoch from s4.starts_at) * 1000), '[]'::json)
          FROM bookings b JOIN sessions s4 ON s4.id = b.session_id
         WHERE b.parent_id = $2 AND b.status = 'no_show' AND s4.starts_at >= $5) AS no_shows,
       par.bookings_paused_until, par.language AS parent_language
     FROM sessions s JOIN service_points p ON p.id = s.point_id JOIN parents par ON par.id = $2
     WHERE s.id = $3`,
    values: [args.childId, args.parentId, args.sessionId, deps.timeZone, noShowSince],
  });
  const row = r.rows[0];
  return row ? situationFromRow(row, deps) : null;
}

/**
 * A ChildSituation from the row above, or from the `situation` object the SQL
 * function book_session() returns (same keys; instants arrive as ISO strings there).
 */
export function situationFromRow(row: Row, deps: Pick<BookingDeps, 'timeZone'>): ChildSituation {
  return {
    session: row,
    summary: sessionFromRow(row, deps.timeZone),
    existing: row.existing,
    overlap: row.overlap,
    otherDates: row.other_dates,
    noShowStarts: (row.no_shows as number[]).map((ms) => new Date(Number(ms))),
    pausedUntil: row.bookings_paused_until ? new Date(row.bookings_paused_until) : null,
    parentLanguage: row.parent_language,
  };
}

/** The later of a pause staff stored and the one the no-show rule implies. */
export function effectivePause(s: Pick<ChildSituation, 'noShowStarts' | 'pausedUntil'>, now: Date, deps: Omit<BookingDeps, 'pool'>): Date | null {
  const computed = computeNoShowPause(s.noShowStarts, now, deps.rules);
  const stored = s.pausedUntil && s.pausedUntil > now ? s.pausedUntil : null;
  if (!computed) return stored;
  if (!stored) return computed;
  return computed > stored ? computed : stored;
}

/**
 * The family- and child-level rules shared by booking, joining the waitlist
 * and offering a freed place: pause, age on the session day, overlap, weekly cap.
 */
export function checkChildRules(
  s: ChildSituation,
  child: { name: string; birthDate: string },
  now: Date,
  deps: Omit<BookingDeps, 'pool'>,
): void {
  const facts = { ...sessionFacts(s.summary), childName: child.name };
  const pause = effectivePause(s, now, deps);
  if (pause) {
    throw new DomainError('BOOKINGS_PAUSED', {
      until: pause.toISOString(),
      untilDate: localDateOf(pause, deps.timeZone),
      noShows: s.noShowStarts.length,
      limit: deps.rules.noShowLimit,
      windowDays: deps.rules.noShowWindowDays,
    });
  }
  checkChildAge(child.birthDate, s.summary.localDate, {
    minAgeMonths: s.session.min_age_months,
    maxAgeMonths: s.session.max_age_months,
  }, facts);
  if (s.overlap) {
    const o = s.overlap;
    throw new DomainError('CHILD_DOUBLE_BOOKED', {
      ...facts,
      otherRefCode: o.refCode,
      otherLocalDate: localDateOf(new Date(o.startsAt), deps.timeZone),
      otherStartTime: localTimeOf(new Date(o.startsAt), deps.timeZone),
      otherEndTime: localTimeOf(new Date(o.endsAt), deps.timeZone),
      otherPointNameZh: o.pointNameZh,
      otherPointNameEn: o.pointNameEn,
    });
  }
  checkWeeklyCap(s.summary.localDate, s.otherDates, deps.rules.weeklyWeekendBookingsPerChild, facts);
}
