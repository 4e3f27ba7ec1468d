-- 060: running the real network — weekly timetables and date exceptions per
-- point, staff assigned to several points, an audit log of staff actions, and
-- the searches that found no free place (unmet demand, no personal data).

-- A weekly timetable row: this point runs this service on these weekdays.
-- Sessions are generated from these rows (and extra days) a few weeks ahead;
-- the sessions table stays what parents book.
CREATE TABLE session_templates (
  id               serial PRIMARY KEY,
  point_id         integer NOT NULL REFERENCES service_points(id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('half_day','temporary_care','trial_class')),
  class_title      text CHECK (class_title IN ('picture_books','gross_motor','music_social','sensory_integration')),
  -- ISO weekdays, 1 = Monday … 7 = Sunday.
  weekdays         integer[] NOT NULL CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]),
  start_time       time NOT NULL,
  end_time         time NOT NULL,
  capacity         integer NOT NULL CHECK (capacity > 0 AND capacity <= 200),
  -- Narrower age band than the point's own (e.g. a 6–12 month class); NULL = the point's.
  min_age_months   integer CHECK (min_age_months BETWEEN 0 AND 36),
  max_age_months   integer CHECK (max_age_months BETWEEN 0 AND 36),
  -- Booking opens this many days ahead instead of BOOKING_OPENS_DAYS_AHEAD; NULL = the default.
  opens_days_ahead integer CHECK (opens_days_ahead BETWEEN 1 AND 90),
  valid_from       date,
  valid_until      date,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (end_time > start_time),
  CHECK ((kind = 'trial_class') = (class_title IS NOT NULL)),
  CHECK (min_age_months IS NULL OR max_age_months IS NULL OR min_age_months <= max_age_months),
  CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until)
);
CREATE INDEX session_templates_point ON session_templates (point_id);

-- A date that differs from the weekly timetable: a closed day (public holiday,
-- typhoon) for one point, one district or the whole city; or an extra session.
CREATE TABLE timetable_exceptions (
  id               serial PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('closed','extra')),
  day              date NOT NULL,
  point_id         integer REFERENCES service_points(id) ON DELETE CASCADE,
  district         text CHECK (district IN ('siming','huli','jimei','haicang','tongan','xiangan')),
  reason           text NOT NULL CHECK (length(reason) BETWEEN 1 AND 300),
  session_kind     text CHECK (session_kind IN ('half_day','temporary_care','trial_class')),
  class_title      text CHECK (class_title IN ('picture_books','gross_motor','music_social','sensory_integration')),
  start_time       time,
  end_time         time,
  capacity         integer CHECK (capacity > 0 AND capacity <= 200),
  min_age_months   integer CHECK (min_age_months BETWEEN 0 AND 36),
  max_age_months   integer CHECK (max_age_months BETWEEN 0 AND 36),
  opens_days_ahead integer CHECK (opens_days_ahead BETWEEN 1 AND 90),
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (point_id IS NULL OR district IS NULL),
  CHECK (kind = 'closed' OR (point_id IS NOT NULL AND session_kind IS NOT NULL AND start_time IS NOT NULL
                             AND end_time > start_time AND capacity IS NOT NULL
                             AND (session_kind = 'trial_class') = (class_title IS NOT NULL)))
);
-- One closed day per scope and date; one extra session per point, day, start and kind.
CREATE UNIQUE INDEX timetable_exceptions_closed ON timetable_exceptions (day, coalesce(point_id, 0), coalesce(district, ''))
  WHERE kind = 'closed';
CREATE UNIQUE INDEX timetable_exceptions_extra ON timetable_exceptions (point_id, day, start_time, session_kind, coalesce(class_title, ''))
  WHERE kind = 'extra';
CREATE INDEX timetable_exceptions_day ON timetable_exceptions (day);

-- A session's own age band and booking window when its timetable row sets them.
ALTER TABLE sessions ADD COLUMN min_age_months integer CHECK (min_age_months BETWEEN 0 AND 72);
ALTER TABLE sessions ADD COLUMN max_age_months integer CHECK (max_age_months BETWEEN 0 AND 72);
ALTER TABLE sessions ADD COLUMN opens_days_ahead integer CHECK (opens_days_ahead BETWEEN 1 AND 90);
-- Reports read every session of a date range, open or closed.
CREATE INDEX sessions_starts_all ON sessions (starts_at, point_id);

ALTER TABLE service_points ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- Who put a staff row there decides who may take it away: ids listed in
-- STAFF_USER_IDS ('config') are deactivated when they leave the list; rows from
-- the staff file or an admin's command are theirs to manage; 'manual' rows
-- (demo data, SQL) are left alone by both.
ALTER TABLE staff ADD COLUMN source text NOT NULL DEFAULT 'manual'
  CHECK (source IN ('config','file','command','manual'));
ALTER TABLE staff ADD COLUMN deactivated_by text CHECK (deactivated_by IN ('config','file','command'));
ALTER TABLE staff ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- Rows ensureStaff() created before this migration carry its placeholder name.
UPDATE staff SET source = 'config' WHERE name = 'staff ' || telegram_user_id::text;

-- Point staff may serve several points; staff.point_id stays their first one.
CREATE TABLE staff_points (
  staff_id  integer NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  point_id  integer NOT NULL REFERENCES service_points(id) ON DELETE CASCADE,
  PRIMARY KEY (staff_id, point_id)
);
INSERT INTO staff_points (staff_id, point_id) SELECT id, point_id FROM staff WHERE point_id IS NOT NULL;
CREATE INDEX staff_points_point ON staff_points (point_id);

-- Every staff action: who, what, when, on what, with which figures.
CREATE TABLE audit_log (
  id              bigserial PRIMARY KEY,
  at              timestamptz NOT NULL,
  actor_kind      text NOT NULL CHECK (actor_kind IN ('staff','cli','system')),
  actor_staff_id  integer REFERENCES staff(id) ON DELETE SET NULL,
  actor_label     text NOT NULL,
  action          text NOT NULL,
  target_type     text,
  target_id       text,
  point_id        integer REFERENCES service_points(id) ON DELETE SET NULL,
  details         jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);

-- A parent's search that found no free place: what was wanted, never who wanted it.
CREATE TABLE unmet_searches (
  id           bigserial PRIMARY KEY,
  searched_at  timestamptz NOT NULL,
  -- The district asked for (or the one a shared location falls in); NULL = anywhere.
  district     text CHECK (district IN ('siming','huli','jimei','haicang','tongan','xiangan')),
  wanted_from  date NOT NULL,
  wanted_to    date NOT NULL,
  part_of_day  text NOT NULL CHECK (part_of_day IN ('morning','afternoon','any')),
  kind         text CHECK (kind IN ('half_day','temporary_care','trial_class')),
  age_band     text CHECK (age_band IN ('0-11','12-23','24-36','37+')),
  CHECK (wanted_to >= wanted_from)
);
CREATE INDEX unmet_searches_wanted ON unmet_searches (wanted_from, wanted_to);
