-- 042: booking_closes_at() is STABLE, not IMMUTABLE.
--
-- timestamptz - interval is STABLE in PostgreSQL (it may depend on the session's
-- time zone), so a function declared IMMUTABLE around it is never inlined: every
-- booking_refusal() and every search row paid for a separate SQL-function call,
-- planned afresh each time (about 40 µs per booking attempt, measured with
-- track_functions). Declared with its true volatility it is inlined like
-- booking_opens_at(). Same definition, same answers.
ALTER FUNCTION booking_closes_at(timestamptz, integer) STABLE;
