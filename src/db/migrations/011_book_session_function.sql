-- 011: a booking in one round trip.
--
-- book_session() does, inside the single statement that calls it, what
-- bookSession used to do in five round trips (BEGIN, lock the child, read the
-- child's situation, INSERT, COMMIT). Called outside an explicit transaction it
-- is atomic on its own, and the session row is locked only for the last few
-- microseconds of that statement instead of across a COMMIT round trip.
--
-- The TypeScript rules in src/booking/rules/* stay the reference: for every
-- rejection this function returns the situation it judged, bookSession re-runs
-- the TypeScript checks on it to build the DomainError (same code, same data)
-- and fails loudly if the two disagree. test/booking/bookSessionParity.int.test.ts
-- sweeps the boundaries of every rule through both.

-- Whole months on a day; must match ageInMonths() in src/time/zonedTime.ts
-- (a child born on the 31st is a month older on the last day of a shorter month).
CREATE FUNCTION booking_age_months(birth date, on_day date) RETURNS integer
  LANGUAGE sql IMMUTABLE AS $$
  SELECT ((extract(year FROM on_day) - extract(year FROM birth)) * 12
          + extract(month FROM on_day) - extract(month FROM birth))::integer
       - CASE WHEN extract(day FROM on_day) < extract(day FROM birth)
               AND extract(day FROM on_day) < extract(day FROM (date_trunc('month', on_day::timestamp) + interval '1 month - 1 day'))
              THEN 1 ELSE 0 END
$$;

-- Returns json: { outcome, ... }. outcome is BOOKED (bookingId, refCode), EXISTING
-- (bookingId: this child already has this place; a held one is now confirmed),
-- REF_CODES_TAKEN (every candidate code collided: nothing written, call again),
-- or a DomainError code. Every outcome past SESSION_NOT_FOUND carries `child` and
-- `situation` (the row loadChildSituation() reads, same keys) for the caller.
-- Durations are added as exact hours, like the TypeScript's milliseconds.
CREATE FUNCTION book_session(
  p_parent bigint, p_child integer, p_session integer, p_now timestamptz, p_tz text,
  p_opens_days_ahead integer, p_closes_minutes_before integer, p_weekly_cap integer,
  p_no_show_limit integer, p_no_show_window_days integer, p_no_show_pause_days integer,
  p_ref_codes text[]
) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  v_child record;
  v_sit record;
  v_lock record;
  v_id integer;
  v_code text;
  v_outcome text;
  v_lock_child boolean;
BEGIN
  -- A session that cannot take anyone now (full or cancelled) is answered from
  -- snapshots alone, without locking the child: such an attempt writes nothing,
  -- so its commit has no WAL to flush. Rejecting from a committed snapshot is
  -- what a lock-then-read would have said at that instant.
  v_lock_child := NOT coalesce((SELECT booked >= capacity OR status <> 'open' FROM sessions WHERE id = p_session), false);
  LOOP
    IF v_lock_child THEN
      -- Serialises this child's bookings: the next statement takes a fresh snapshot
      -- (READ COMMITTED), so it sees whatever the previous holder of this lock committed.
      SELECT id, name, birth_date::text AS birth_date INTO v_child
        FROM children WHERE id = p_child AND parent_id = p_parent FOR UPDATE;
    ELSE
      SELECT id, name, birth_date::text AS birth_date INTO v_child
        FROM children WHERE id = p_child AND parent_id = p_parent;
    END IF;
    IF NOT FOUND THEN
      RETURN json_build_object('outcome', 'CHILD_NOT_FOUND');
    END IF;

    -- The same facts as loadChildSituation() (src/booking/childSituation.ts), plus
    -- the rule inputs the checks below need, computed here instead of in TypeScript.
    SELECT s.id AS session_id, s.starts_at, s.ends_at, s.kind, s.class_title, s.capacity, s.booked,
           s.status AS session_status, s.cancel_reason,
           p.id AS point_id, p.code AS point_code, p.name_zh AS point_name_zh, p.name_en AS point_name_en, p.district,
           p.address_zh, p.address_en, p.latitude, p.longitude, p.phone, p.min_age_months, p.max_age_months,
           (SELECT json_build_object('id', b.id, 'refCode', b.ref_code, 'status', b.status) FROM bookings b
             WHERE b.session_id = s.id AND b.child_id = p_child AND b.status IN ('held','confirmed','attended','no_show') LIMIT 1) AS existing,
           (SELECT json_build_object('refCode', b.ref_code, 'startsAt', s2.starts_at, 'endsAt', s2.ends_at,
                                     'pointNameZh', p2.name_zh, 'pointNameEn', p2.name_en)
              FROM bookings b JOIN sessions s2 ON s2.id = b.session_id JOIN service_points p2 ON p2.id = s2.point_id
             WHERE b.child_id = p_child AND b.status IN ('held','confirmed') AND s2.id <> s.id
               AND s2.starts_at < s.ends_at AND s2.ends_at > s.starts_at
             ORDER BY s2.starts_at LIMIT 1) AS overlap,
           (SELECT coalesce(json_agg(to_char(s3.starts_at AT TIME ZONE p_tz, 'YYYY-MM-DD')), '[]'::json)
              FROM bookings b JOIN sessions s3 ON s3.id = b.session_id
             WHERE b.child_id = p_child AND b.status IN ('held','confirmed','attended','no_show') AND s3.id <> s.id
               AND s3.starts_at > s.starts_at - interval '8 days' AND s3.starts_at < s.starts_at + interval '8 days') AS other_dates,
           ns.no_shows,
           par.bookings_paused_until, par.language AS parent_language,
           -- Rule inputs (not part of the situation TypeScript reads).
           ld.local_date,
           ns.recent_no_shows, ns.latest_no_show,
           (SELECT count(*)::integer
              FROM bookings b JOIN sessions s5 ON s5.id = b.session_id
             WHERE b.child_id = p_child AND b.status IN ('held','confirmed','attended','no_show') AND s5.id <> s.id
               AND s5.starts_at >= (ld.week_start::timestamp AT TIME ZONE p_tz)
               AND s5.starts_at < ((ld.week_start + 7)::timestamp AT TIME ZONE p_tz)
               AND extract(isodow FROM s5.starts_at AT TIME ZONE p_tz) IN (6, 7)) AS weekend_bookings_that_week
      INTO v_sit
      FROM sessions s
      JOIN service_points p ON p.id = s.point_id
      JOIN parents par ON par.id = p_parent
      CROSS JOIN LATERAL (
        SELECT d AS local_date, d - (extract(isodow FROM d)::integer - 1) AS week_start
          FROM (SELECT (s.starts_at AT TIME ZONE p_tz)::date AS d) x
      ) ld
      CROSS JOIN LATERAL (
        SELECT coalesce(json_agg(extract(epoch FROM s4.starts_at) * 1000), '[]'::json) AS no_shows,
               count(*) FILTER (WHERE s4.starts_at <= p_now)::integer AS recent_no_shows,
               max(s4.starts_at) FILTER (WHERE s4.starts_at <= p_now) AS latest_no_show
          FROM bookings b JOIN sessions s4 ON s4.id = b.session_id
         WHERE b.parent_id = p_parent AND b.status = 'no_show'
           AND s4.starts_at >= p_now - p_no_show_window_days * interval '24 hours'
      ) ns
     WHERE s.id = p_session;
    IF NOT FOUND THEN
      RETURN json_build_object('outcome', 'SESSION_NOT_FOUND');
    END IF;

    -- The order of checks is bookSession's (and checkChildRules') order.
    IF v_sit.existing IS NOT NULL THEN
      v_id := (v_sit.existing->>'id')::integer;
      IF v_sit.existing->>'status' = 'held' THEN
        -- Booking a place already held for this child is accepting the offer: a write, so under the lock.
        IF NOT v_lock_child THEN v_lock_child := true; CONTINUE; END IF;
        UPDATE bookings SET status = 'confirmed', hold_expires_at = NULL, updated_at = p_now WHERE id = v_id;
        UPDATE waitlist_entries SET status = 'accepted', updated_at = p_now WHERE booking_id = v_id AND status = 'offered';
      END IF;
      RETURN json_build_object('outcome', 'EXISTING', 'bookingId', v_id);
    END IF;

    -- The order of checks is bookSession's (checkBookable's) order.
    v_outcome := CASE
      WHEN v_sit.session_status <> 'open' THEN 'SESSION_CANCELLED'
      WHEN v_sit.starts_at <= p_now THEN 'SESSION_IN_PAST'
      -- checkBookingWindow: opens at local midnight opensDaysAhead days before the session's day.
      WHEN p_now < ((v_sit.local_date - p_opens_days_ahead)::timestamp AT TIME ZONE p_tz) THEN 'BOOKING_NOT_OPEN_YET'
      WHEN p_now >= v_sit.starts_at - p_closes_minutes_before * interval '1 minute' THEN 'BOOKING_CLOSED'
      -- effectivePause: the stored pause, or noShowLimit no-shows in the window (up to now) pause until the latest + pauseDays.
      WHEN v_sit.bookings_paused_until > p_now
        OR (v_sit.recent_no_shows >= p_no_show_limit
            AND v_sit.latest_no_show + p_no_show_pause_days * interval '24 hours' > p_now) THEN 'BOOKINGS_PAUSED'
      -- checkChildAge: the age on the session's day.
      WHEN booking_age_months(v_child.birth_date::date, v_sit.local_date) < v_sit.min_age_months THEN 'CHILD_TOO_YOUNG'
      WHEN booking_age_months(v_child.birth_date::date, v_sit.local_date) > v_sit.max_age_months THEN 'CHILD_TOO_OLD'
      WHEN v_sit.overlap IS NOT NULL THEN 'CHILD_DOUBLE_BOOKED'
      -- checkWeeklyCap: only weekend sessions count and are counted, per ISO week.
      WHEN extract(isodow FROM v_sit.local_date) IN (6, 7) AND v_sit.weekend_bookings_that_week >= p_weekly_cap THEN 'WEEKLY_CAP_REACHED'
      -- Full by this statement's snapshot: answered without waiting for the session's lock.
      WHEN v_sit.booked >= v_sit.capacity THEN 'SESSION_FULL'
    END;
    -- A place freed since the first look: book it the locked way.
    IF v_outcome IS NULL AND NOT v_lock_child THEN v_lock_child := true; CONTINUE; END IF;
    EXIT;
  END LOOP;

  IF v_outcome IS NULL THEN
    -- Looks free: take the session's row lock and decide on the latest committed row.
    -- (The CHECK on sessions.booked would stop an overbooking anyway; deciding here
    -- avoids raising it, and also sees a staff cancellation that just committed.)
    SELECT booked, capacity, status INTO v_lock FROM sessions WHERE id = p_session FOR NO KEY UPDATE;
    IF v_lock.status <> 'open' THEN
      v_outcome := 'SESSION_CANCELLED';
    ELSIF v_lock.booked >= v_lock.capacity THEN
      v_outcome := 'SESSION_FULL';
    ELSE
      FOREACH v_code IN ARRAY p_ref_codes LOOP
        -- ON CONFLICT names only ref_code: capacity and one-per-child violations still raise.
        INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status, hold_expires_at, created_at, updated_at)
        VALUES (v_code, p_session, p_child, p_parent, 'confirmed', NULL, p_now, p_now)
        ON CONFLICT (ref_code) DO NOTHING
        RETURNING id INTO v_id;
        IF v_id IS NOT NULL THEN
          RETURN json_build_object('outcome', 'BOOKED', 'bookingId', v_id, 'refCode', v_code,
                                   'child', to_json(v_child), 'situation', to_json(v_sit));
        END IF;
      END LOOP;
      RETURN json_build_object('outcome', 'REF_CODES_TAKEN');
    END IF;
    -- Report what the lock saw, so the caller's checks judge the same row.
    RETURN json_build_object('outcome', v_outcome, 'child', to_json(v_child),
      'situation', (to_jsonb(v_sit) || jsonb_build_object('booked', v_lock.booked, 'capacity', v_lock.capacity,
                                                         'session_status', v_lock.status))::json);
  END IF;

  RETURN json_build_object('outcome', v_outcome, 'child', to_json(v_child), 'situation', to_json(v_sit));
END $$;
