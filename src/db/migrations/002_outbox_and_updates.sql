-- Proactive messages are written here in the same transaction as the change
-- that causes them, and delivered by outbox workers (FOR UPDATE SKIP LOCKED).
CREATE TABLE outbox (
  id             bigserial PRIMARY KEY,
  chat_id        bigint NOT NULL,
  kind           text NOT NULL CHECK (kind IN (
                   'waitlist_offer','offer_expired','offer_taken','session_closed','booking_cancelled_by_staff',
                   'reminder','staff_reply','escalation_announce','escalation_update','staff_summary','no_show_pause')),
  payload        jsonb NOT NULL DEFAULT '{}',
  language       text CHECK (language IN ('zh','en')),
  urgent         boolean NOT NULL DEFAULT false,
  due_at         timestamptz NOT NULL,
  dedupe_key     text UNIQUE,
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed','skipped')),
  attempts       integer NOT NULL DEFAULT 0,
  locked_until   timestamptz,
  last_error     text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  sent_at        timestamptz
);
CREATE INDEX outbox_pending_due ON outbox (due_at, id) WHERE status = 'pending';

-- Telegram update ids already handled, so a redelivered update is processed at most once.
CREATE TABLE processed_updates (
  update_id     bigint PRIMARY KEY,
  processed_at  timestamptz NOT NULL DEFAULT now()
);
