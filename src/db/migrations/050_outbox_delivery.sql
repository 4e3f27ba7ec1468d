-- Outbox delivery: what the workers need beyond 002's table.

-- The Telegram message id of a delivered message (escalation announcements are
-- replied to by staff, so the id must be kept).
ALTER TABLE outbox ADD COLUMN message_id bigint;

-- Why a row was skipped or failed for good, as a stable code ('parent_deleted',
-- 'session_deleted', 'booking_not_active', 'blocked' …); last_error keeps the words.
ALTER TABLE outbox ADD COLUMN outcome text;

-- Workers only take the oldest due row of each chat (messages to one family
-- arrive in order and never in parallel); this finds "an older due row of the
-- same chat" without scanning.
CREATE INDEX outbox_pending_chat ON outbox (chat_id, due_at, id) WHERE status = 'pending';

-- "Was this chat sent something in the last second?" for the per-chat limit
-- shared by every worker process.
CREATE INDEX outbox_sent_chat ON outbox (chat_id, sent_at) WHERE status = 'sent';

-- Reminder scheduling scans confirmed bookings by session.
CREATE INDEX bookings_confirmed_session ON bookings (session_id) WHERE status = 'confirmed';
