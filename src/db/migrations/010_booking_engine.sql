-- Booking engine: indexes for "near me" search, the child's own rules and the waitlist worker.

-- Bounding-box prefilter for searchSlots(near): latitude range first, longitude checked in the index.
CREATE INDEX service_points_lat_lng ON service_points (latitude, longitude) WHERE active;

-- A point's open sessions in a time range (nested loop from the points found by the box).
CREATE INDEX sessions_point_starts ON sessions (point_id, starts_at) WHERE status = 'open';

-- A child's active bookings (overlap, weekly cap) and a family's recent no-shows.
CREATE INDEX bookings_child_active ON bookings (child_id, session_id) WHERE status IN ('held','confirmed','attended','no_show');
CREATE INDEX bookings_parent_no_show ON bookings (parent_id, session_id) WHERE status = 'no_show';

-- expireOffers(): offers past their deadline.
CREATE INDEX waitlist_offered_deadline ON waitlist_entries (offer_expires_at, id) WHERE status = 'offered';
-- A held booking's waitlist entry.
CREATE INDEX waitlist_booking ON waitlist_entries (booking_id) WHERE booking_id IS NOT NULL;
