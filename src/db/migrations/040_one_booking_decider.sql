-- 040: one decider per booking rule, one age computation.
--
-- Until now every booking rule existed twice (book_session() here and the
-- TypeScript rules, kept equal by a parity test) and a child's age in months was
-- computed in three places. From here on:
--   * booking_refusal() is the only place that decides whether a child may take a
--     place in a session: window, closing time, family pause, age, double booking,
--     weekly cap, cancelled, started, full. It writes nothing. book_session(),
--     joining the waitlist and offering a freed place all ask it.
--   * child_age_months() is the only age computation; search, booking and the
--     waitlist use it (the age fit a search shows is the one booking applies).
--   * booking_opens_at() / booking_closes_at() are the only definition of the
--     booking window; search shows parents bookingOpensAt from them.
-- The TypeScript side passes the configured limits in and turns a refusal into
-- a DomainError (src/booking/refusalError.ts): words and local formatting only.
-- The constraints stay as the second line, not as a copy of a rule: the CHECK on
-- sessions.booked (no overbooking whatever happens) and the unique index of one
-- active booking per child and session.

DROP FUNCTION book_session(bigint, integer, integer, timestamptz, text, integer, integer, integer, integer, integer, integer, text[]);
DROP FUNCTION booking_age_months(date, date);

-- A child's age in whole months on a day. A month is complete on the same day of
-- the month, or on the month's last day: born on 31 March, 1 month old on 30 April.
CREATE FUNCTION child_age_months(birth date, on_day date) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((extract(year FROM on_day) - extract(year FROM birth)) * 12
          + extract(month FROM on_day) - extract(month FROM birth))::integer
       - CASE WHEN extract(day FROM on_day) < extract(day FROM birth)
               AND extract(day FROM on_day) < extract(day FROM (date_trunc('month', on_day::timestamp) + interval '1 month - 1 day'))
              THEN 1 ELSE 0 END
$$;

-- The first day on which child_age_months(birth, day) = months (date + months
-- clamps to the month's end, the same convention).
CREATE FUNCTION child_age_reached_on(birth date, months integer) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (birth + make_interval(months => months))::date
$$;

-- Booking opens at local midnight `days_ahead` days before the session's local
-- day: one clear moment parents can be told.
CREATE FUNCTION booking_opens_at(starts_at timestamptz, days_ahead integer, tz text) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((starts_at AT TIME ZONE tz)::date - days_ahead)::timestamp AT TIME ZONE tz
$$;

-- Booking closes `minutes_before` minutes before the start.
CREATE FUNCTION booking_closes_at(starts_at timestamptz, minutes_before integer) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT starts_at - minutes_before * interval '1 minute'
$$;

-- Why this child may not take a place in this session now, or NULL if they may.
-- Returns json { code, ...the facts behind it }, the first rule that fails in this order:
--   SESSION_NOT_FOUND, CHILD_NOT_FOUND (not this parent's child),
--   SESSION_CANCELLED { reason }, SESSION_IN_PAST,
--   BOOKING_NOT_OPEN_YET { opensAt, daysAhead }, BOOKING_CLOSED { closedAt, minutesBefore },
--   BOOKINGS_PAUSED { until, noShows, limit, windowDays }: the family's stored pause, or
--     no_show_limit no-shows for sessions started in the last window days (up to now)
--     pause until the latest of them + pause_days,
--   CHILD_TOO_YOUNG { ageMonths, minAgeMonths, eligibleFrom } / CHILD_TOO_OLD { ageMonths, maxAgeMonths }:
--     the point's age range applies to the age ON THE SESSION'S DAY, not today,
--   CHILD_DOUBLE_BOOKED { otherRefCode, otherStartsAt, otherEndsAt, otherPointNameZh, otherPointNameEn }:
--     another held/confirmed booking of this child overlapping in time,
--   WEEKLY_CAP_REACHED { limit, used, weekStart, weekEnd }: at most weekly_cap weekend
--     (Sat/Sun) bookings per child per ISO week; weekday sessions neither count nor are counted,
--   SESSION_FULL (by the caller's snapshot; book_session() asks again under the session's lock).
-- A booking this child already has in this session is the caller's concern (it is
-- a double tap for booking, ALREADY_BOOKED for the waitlist). Durations are exact
-- hours, like the rest of the app's arithmetic on instants.
CREATE FUNCTION booking_refusal(
  p_parent bigint, p_child integer, p_session integer, p_now timestamptz, p_tz text,
  p_opens_days_ahead integer, p_closes_minutes_before integer, p_weekly_cap integer,
  p_no_show_limit integer, p_no_show_window_days integer, p_no_show_pause_days integer
) RETURNS json LANGUAGE plpgsql STABLE AS $$
DECLARE
  s record;
  v_birth date;
  v_at timestamptz;
  v_no_shows integer;
  v_day date;
  v_age integer;
  v_other record;
  v_week date;
  v_used integer;
BEGIN
  SELECT se.starts_at, se.ends_at, se.status, se.cancel_reason, se.booked, se.capacity, p.min_age_months, p.max_age_months
    INTO s
    FROM sessions se JOIN service_points p ON p.id = se.point_id
   WHERE se.id = p_session;
  IF NOT FOUND THEN
    RETURN json_build_object('code', 'SESSION_NOT_FOUND');
  END IF;
  SELECT birth_date INTO v_birth FROM children WHERE id = p_child AND parent_id = p_parent;
  IF NOT FOUND THEN
    RETURN json_build_object('code', 'CHILD_NOT_FOUND');
  END IF;

  IF s.status <> 'open' THEN
    RETURN json_build_object('code', 'SESSION_CANCELLED', 'reason', s.cancel_reason);
  END IF;
  IF s.starts_at <= p_now THEN
    RETURN json_build_object('code', 'SESSION_IN_PAST');
  END IF;
  v_at := booking_opens_at(s.starts_at, p_opens_days_ahead, p_tz);
  IF p_now < v_at THEN
    RETURN json_build_object('code', 'BOOKING_NOT_OPEN_YET', 'opensAt', v_at, 'daysAhead', p_opens_days_ahead);
  END IF;
  v_at := booking_closes_at(s.starts_at, p_closes_minutes_before);
  IF p_now >= v_at THEN
    RETURN json_build_object('code', 'BOOKING_CLOSED', 'closedAt', v_at, 'minutesBefore', p_closes_minutes_before);
  END IF;

  -- The pause the no-shows imply (NULL below the limit), then the later of it and a stored one.
  SELECT count(*)::integer,
         CASE WHEN count(*) FILTER (WHERE ns.starts_at <= p_now) >= p_no_show_limit
              THEN max(ns.starts_at) FILTER (WHERE ns.starts_at <= p_now) + p_no_show_pause_days * interval '24 hours' END
    INTO v_no_shows, v_at
    FROM bookings b JOIN sessions ns ON ns.id = b.session_id
   WHERE b.parent_id = p_parent AND b.status = 'no_show'
     AND ns.starts_at >= p_now - p_no_show_window_days * interval '24 hours';
  SELECT greatest(v_at, bookings_paused_until) INTO v_at FROM parents WHERE id = p_parent;
  IF v_at > p_now THEN
    RETURN json_build_object('code', 'BOOKINGS_PAUSED', 'until', v_at, 'noShows', v_no_shows,
                             'limit', p_no_show_limit, 'windowDays', p_no_show_window_days);
  END IF;

  v_day := (s.starts_at AT TIME ZONE p_tz)::date;
  v_age := child_age_months(v_birth, v_day);
  IF v_age < s.min_age_months THEN
    RETURN json_build_object('code', 'CHILD_TOO_YOUNG', 'ageMonths', greatest(v_age, 0), 'minAgeMonths', s.min_age_months,
                             'eligibleFrom', child_age_reached_on(v_birth, s.min_age_months));
  END IF;
  IF v_age > s.max_age_months THEN
    RETURN json_build_object('code', 'CHILD_TOO_OLD', 'ageMonths', v_age, 'maxAgeMonths', s.max_age_months);
  END IF;

  SELECT b.ref_code, o.starts_at, o.ends_at, op.name_zh, op.name_en INTO v_other
    FROM bookings b JOIN sessions o ON o.id = b.session_id JOIN service_points op ON op.id = o.point_id
   WHERE b.child_id = p_child AND b.status IN ('held','confirmed') AND o.id <> p_session
     AND o.starts_at < s.ends_at AND o.ends_at > s.starts_at
   ORDER BY o.starts_at
   LIMIT 1;
  IF FOUND THEN
    RETURN json_build_object('code', 'CHILD_DOUBLE_BOOKED', 'otherRefCode', v_other.ref_code,
                             'otherStartsAt', v_other.starts_at, 'otherEndsAt', v_other.ends_at,
                             'otherPointNameZh', v_other.name_zh, 'otherPointNameEn', v_other.name_en);
  END IF;

  IF extract(isodow FROM v_day) IN (6, 7) THEN
    v_week := v_day - (extract(isodow FROM v_day)::integer - 1);
    -- The weekend of that ISO week: Saturday 00:00 to Monday 00:00, local time.
    SELECT count(*)::integer INTO v_used
      FROM bookings b JOIN sessions w ON w.id = b.session_id
     WHERE b.child_id = p_child AND b.status IN ('held','confirmed','attended','no_show') AND w.id <> p_session
       AND w.starts_at >= ((v_week + 5)::timestamp AT TIME ZONE p_tz)
       AND w.starts_at < ((v_week + 7)::timestamp AT TIME ZONE p_tz);
    IF v_used >= p_weekly_cap THEN
      RETURN json_build_object('code', 'WEEKLY_CAP_REACHED', 'limit', p_weekly_cap, 'used', v_used,
                               'weekStart', v_week, 'weekEnd', v_week + 6);
    END IF;
  END IF;

  IF s.booked >= s.capacity THEN
    RETURN json_build_object('code', 'SESSION_FULL');
  END IF;
  RETURN NULL;
END $$;

-- A session with its point, under the keys of SESSION_COLUMNS (src/booking/rows.ts),
-- so book_session() can answer with the facts a booking or a refusal names.
CREATE FUNCTION booking_session_facts(p_session integer) RETURNS json
  LANGUAGE sql STABLE AS $$
  SELECT row_to_json(x) FROM (
    SELECT s.id AS session_id, s.starts_at, s.ends_at, s.kind, s.class_title, s.capacity, s.booked,
           s.status AS session_status, s.cancel_reason,
           p.id AS point_id, p.code AS point_code, p.name_zh AS point_name_zh, p.name_en AS point_name_en, p.district,
           p.address_zh, p.address_en, p.latitude, p.longitude, p.phone, p.min_age_months, p.max_age_months
      FROM sessions s JOIN service_points p ON p.id = s.point_id
     WHERE s.id = p_session
  ) x
$$;

-- Books a place in the single statement that calls it (atomic without BEGIN/COMMIT,
-- one round trip). Returns json { outcome, ... }:
--   BOOKED { bookingId, refCode, childName, session },
--   EXISTING { bookingId }: this child already has this place (a double tap); a held one is now confirmed,
--   REF_CODES_TAKEN: every candidate code collided, nothing written, call again,
--   CHILD_NOT_FOUND, SESSION_NOT_FOUND,
--   or a refusal's code { refusal (booking_refusal()'s answer), childName, session }.
CREATE FUNCTION book_session(
  p_parent bigint, p_child integer, p_session integer, p_now timestamptz, p_tz text,
  p_opens_days_ahead integer, p_closes_minutes_before integer, p_weekly_cap integer,
  p_no_show_limit integer, p_no_show_window_days integer, p_no_show_pause_days integer,
  p_ref_codes text[]
) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v_child record;
  v_existing record;
  v_refusal json;
  v_lock record;
  v_id integer;
  v_code text;
  v_lock_child boolean;
BEGIN
  -- A session that cannot take anyone now (full or cancelled) is answered from
  -- snapshots alone, without locking the child: such an attempt writes nothing,
  -- so its commit has no WAL to flush. Refusing from a committed snapshot is
  -- what a lock-then-read would have said at that instant.
  v_lock_child := NOT coalesce((SELECT booked >= capacity OR status <> 'open' FROM sessions WHERE id = p_session), false);
  LOOP
    IF v_lock_child THEN
      -- Serialises this child's bookings (and waitlist offers): each later statement
      -- takes a fresh snapshot (READ COMMITTED), so the rules below see whatever the
      -- previous holder of this lock committed.
      SELECT id, name INTO v_child FROM children WHERE id = p_child AND parent_id = p_parent FOR UPDATE;
    ELSE
      SELECT id, name INTO v_child FROM children WHERE id = p_child AND parent_id = p_parent;
    END IF;
    IF NOT FOUND THEN
      RETURN json_build_object('outcome', 'CHILD_NOT_FOUND');
    END IF;

    SELECT id, status INTO v_existing FROM bookings
     WHERE session_id = p_session AND child_id = p_child AND status IN ('held','confirmed','attended','no_show');
    IF FOUND THEN
      IF v_existing.status = 'held' THEN
        -- Booking a place already held for this child is accepting the offer: a write, so under the lock.
        IF NOT v_lock_child THEN v_lock_child := true; CONTINUE; END IF;
        UPDATE bookings SET status = 'confirmed', hold_expires_at = NULL, updated_at = p_now WHERE id = v_existing.id;
        UPDATE waitlist_entries SET status = 'accepted', updated_at = p_now WHERE booking_id = v_existing.id AND status = 'offered';
      END IF;
      RETURN json_build_object('outcome', 'EXISTING', 'bookingId', v_existing.id);
    END IF;

    v_refusal := booking_refusal(p_parent, p_child, p_session, p_now, p_tz, p_opens_days_ahead, p_closes_minutes_before,
                                 p_weekly_cap, p_no_show_limit, p_no_show_window_days, p_no_show_pause_days);
    -- A place freed since the first look: book it the locked way.
    IF v_refusal IS NULL AND NOT v_lock_child THEN v_lock_child := true; CONTINUE; END IF;
    EXIT;
  END LOOP;

  IF v_refusal IS NULL THEN
    -- Looks free: take the session's row lock. If the locked row is no longer open
    -- with a free place (a booking or a staff cancellation committed meanwhile), the
    -- decider is asked again, now seeing that row. The CHECK on sessions.booked would
    -- stop an overbooking anyway; asking avoids raising it.
    SELECT booked, capacity, status INTO v_lock FROM sessions WHERE id = p_session FOR NO KEY UPDATE;
    IF v_lock.status <> 'open' OR v_lock.booked >= v_lock.capacity THEN
      v_refusal := booking_refusal(p_parent, p_child, p_session, p_now, p_tz, p_opens_days_ahead, p_closes_minutes_before,
                                   p_weekly_cap, p_no_show_limit, p_no_show_window_days, p_no_show_pause_days);
    END IF;
  END IF;

  IF v_refusal IS NULL THEN
    FOREACH v_code IN ARRAY p_ref_codes LOOP
      -- ON CONFLICT names only ref_code: capacity and one-per-child violations still raise.
      INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status, hold_expires_at, created_at, updated_at)
      VALUES (v_code, p_session, p_child, p_parent, 'confirmed', NULL, p_now, p_now)
      ON CONFLICT (ref_code) DO NOTHING
      RETURNING id INTO v_id;
      IF v_id IS NOT NULL THEN
        RETURN json_build_object('outcome', 'BOOKED', 'bookingId', v_id, 'refCode', v_code,
                                 'childName', v_child.name, 'session', booking_session_facts(p_session));
      END IF;
    END LOOP;
    RETURN json_build_object('outcome', 'REF_CODES_TAKEN');
  END IF;

  IF v_refusal->>'code' IN ('SESSION_NOT_FOUND', 'CHILD_NOT_FOUND') THEN
    RETURN json_build_object('outcome', v_refusal->>'code');
  END IF;
  RETURN json_build_object('outcome', v_refusal->>'code', 'refusal', v_refusal,
                           'childName', v_child.name, 'session', booking_session_facts(p_session));
END $$;
