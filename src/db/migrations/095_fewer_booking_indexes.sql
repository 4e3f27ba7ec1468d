-- Every booking writes each index on `bookings`: two of them duplicated others.
-- A child's bookings (overlap, weekly cap, history, cascade on delete) read one
-- index on (child_id, session_id) for every status; confirmed bookings of a
-- session (reminders) read bookings_session with the status as a filter.
DROP INDEX IF EXISTS bookings_child_active;
DROP INDEX IF EXISTS bookings_confirmed_session;
DROP INDEX IF EXISTS bookings_child;
CREATE INDEX bookings_child ON bookings (child_id, session_id);
