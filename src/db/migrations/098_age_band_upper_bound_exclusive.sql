-- 098: a point's upper age is the age a child leaves at, not the last age it takes.
--
-- The service is for children under 3 ("0–3岁", "36个月以内"), and every answer
-- said so ("children over 3 cannot be booked"; "she turned 3 on …"), but the
-- booking decider compared `age > max_age_months`: a child who had turned 3 the
-- week before (36 whole months) could still be booked until 37 months, while the
-- assistant told a parent asking about "after her third birthday" that she could
-- not. From here the band is [min_age_months, max_age_months): a child may take a
-- place while younger than the maximum on the session's day. The same bound is
-- read by the search (src/booking/searchSlots.ts), the points list by age and
-- staff's age checks (src/booking/serviceAge.ts holds the TypeScript side's one
-- comparison, ageFitsBand). Only the comparison changes.

CREATE OR REPLACE FUNCTION booking_refusal(
  p_parent bigint, p_child integer, p_session integer, p_now timestamptz, p_tz text,
  p_opens_days_ahead integer, p_closes_minutes_before integer, p_weekly_cap integer,
  p_no_show_limit integer, p_no_show_window_days integer, p_no_show_pause_days integer
) RETURNS json LANGUAGE plpgsql STABLE AS $$
DECLARE
  s record;
  f record;
  v_at timestamptz;
  v_age integer;
  v_week date;
BEGIN
  -- Two statements in all (the hot path of every booking): the session, the child
  -- and the family's stored pause; then, once the session is open and in its
  -- window, everything the child's rules need.
  SELECT se.starts_at, se.ends_at, se.status, se.cancel_reason, se.booked, se.capacity,
         coalesce(se.min_age_months, p.min_age_months) AS min_age_months, coalesce(se.max_age_months, p.max_age_months) AS max_age_months,
         coalesce(se.opens_days_ahead, p_opens_days_ahead) AS opens_days_ahead, (se.starts_at AT TIME ZONE p_tz)::date AS local_day,
         c.birth_date, par.bookings_paused_until, e.id AS existing_id, e.ref_code AS existing_ref_code, e.status AS existing_status
    INTO s
    FROM sessions se JOIN service_points p ON p.id = se.point_id
    LEFT JOIN children c ON c.id = p_child AND c.parent_id = p_parent
    LEFT JOIN parents par ON par.id = c.parent_id
    LEFT JOIN bookings e ON e.session_id = se.id AND e.child_id = c.id AND e.status IN ('held','confirmed','attended','no_show')
   WHERE se.id = p_session;
  IF NOT FOUND THEN
    RETURN json_build_object('code', 'SESSION_NOT_FOUND');
  END IF;
  IF s.birth_date IS NULL THEN
    RETURN json_build_object('code', 'CHILD_NOT_FOUND');
  END IF;
  IF s.existing_id IS NOT NULL THEN
    RETURN json_build_object('code', 'ALREADY_BOOKED', 'bookingId', s.existing_id, 'refCode', s.existing_ref_code,
                             'status', s.existing_status);
  END IF;

  IF s.status <> 'open' THEN
    RETURN json_build_object('code', 'SESSION_CANCELLED', 'reason', s.cancel_reason);
  END IF;
  IF s.starts_at <= p_now THEN
    RETURN json_build_object('code', 'SESSION_IN_PAST');
  END IF;
  v_at := booking_opens_at(s.starts_at, s.opens_days_ahead, p_tz);
  IF p_now < v_at THEN
    RETURN json_build_object('code', 'BOOKING_NOT_OPEN_YET', 'opensAt', v_at, 'daysAhead', s.opens_days_ahead);
  END IF;
  v_at := booking_closes_at(s.starts_at, p_closes_minutes_before);
  IF p_now >= v_at THEN
    RETURN json_build_object('code', 'BOOKING_CLOSED', 'closedAt', v_at, 'minutesBefore', p_closes_minutes_before);
  END IF;

  -- Monday of the session's ISO week; its weekend runs Saturday 00:00 to Monday 00:00, local time.
  v_week := s.local_day - (extract(isodow FROM s.local_day)::integer - 1);
  SELECT ns.no_shows, ns.pause_until,
         ov.ref_code AS other_ref_code, ov.starts_at AS other_starts_at, ov.ends_at AS other_ends_at,
         ov.name_zh AS other_name_zh, ov.name_en AS other_name_en,
         (SELECT count(*)::integer
            FROM bookings b JOIN sessions w ON w.id = b.session_id
           WHERE b.child_id = p_child AND b.status IN ('held','confirmed','attended','no_show') AND w.id <> p_session
             AND w.starts_at >= ((v_week + 5)::timestamp AT TIME ZONE p_tz)
             AND w.starts_at < ((v_week + 7)::timestamp AT TIME ZONE p_tz)) AS weekend_bookings
    INTO f
    FROM no_show_pause(p_parent, p_now, p_no_show_limit, p_no_show_window_days, p_no_show_pause_days) ns
    LEFT JOIN LATERAL (
      -- Another held or confirmed booking of this child overlapping in time.
      SELECT b.ref_code, o.starts_at, o.ends_at, op.name_zh, op.name_en
        FROM bookings b JOIN sessions o ON o.id = b.session_id JOIN service_points op ON op.id = o.point_id
       WHERE b.child_id = p_child AND b.status IN ('held','confirmed') AND o.id <> p_session
         AND o.starts_at < s.ends_at AND o.ends_at > s.starts_at
       ORDER BY o.starts_at
       LIMIT 1
    ) ov ON true;

  -- The later of the pause the no-shows imply and one staff stored.
  v_at := greatest(f.pause_until, s.bookings_paused_until);
  IF v_at > p_now THEN
    RETURN json_build_object('code', 'BOOKINGS_PAUSED', 'until', v_at, 'noShows', f.no_shows,
                             'limit', p_no_show_limit, 'windowDays', p_no_show_window_days);
  END IF;

  v_age := child_age_months(s.birth_date, s.local_day);
  IF v_age < s.min_age_months THEN
    RETURN json_build_object('code', 'CHILD_TOO_YOUNG', 'ageMonths', greatest(v_age, 0), 'minAgeMonths', s.min_age_months,
                             'eligibleFrom', child_age_reached_on(s.birth_date, s.min_age_months));
  END IF;
  -- The band's upper bound is the age the child leaves at: a point for 0–36 months takes a child until the day
  -- they turn 3 (36 whole months), as the national group types run 6–12, 12–24 and 24–36 months.
  IF v_age >= s.max_age_months THEN
    RETURN json_build_object('code', 'CHILD_TOO_OLD', 'ageMonths', v_age, 'maxAgeMonths', s.max_age_months);
  END IF;

  IF f.other_ref_code IS NOT NULL THEN
    RETURN json_build_object('code', 'CHILD_DOUBLE_BOOKED', 'otherRefCode', f.other_ref_code,
                             'otherStartsAt', f.other_starts_at, 'otherEndsAt', f.other_ends_at,
                             'otherPointNameZh', f.other_name_zh, 'otherPointNameEn', f.other_name_en);
  END IF;

  IF extract(isodow FROM s.local_day) IN (6, 7) AND f.weekend_bookings >= p_weekly_cap THEN
    RETURN json_build_object('code', 'WEEKLY_CAP_REACHED', 'limit', p_weekly_cap, 'used', f.weekend_bookings,
                             'weekStart', v_week, 'weekEnd', v_week + 6);
  END IF;

  IF s.booked >= s.capacity THEN
    RETURN json_build_object('code', 'SESSION_FULL');
  END IF;
  RETURN NULL;
END $$;
