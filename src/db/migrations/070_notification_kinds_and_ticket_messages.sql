-- Proactive message kinds are defined once, in src/notifications/kinds (one
-- module each, collected in kinds/index.ts); a payload is validated against
-- its kind's schema when queued and again when sent. The list in a CHECK
-- constraint was a second definition that had to be kept equal: dropped.
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_kind_check;

-- Kinds nobody produced (offer_taken, staff_reply, escalation_update) are gone;
-- a pending row of one could only have been written by hand.
UPDATE outbox SET status = 'skipped', outcome = 'bad_payload', last_error = 'kind removed', locked_until = NULL
 WHERE status = 'pending' AND kind IN ('offer_taken', 'staff_reply', 'escalation_update');

-- Every message the bot posts about a ticket (announcement, re-announcement,
-- follow-up, a /tickets entry): a staff reply is routed by the message it
-- replies to, and /forget edits or deletes all of them.
CREATE TABLE ticket_messages (
  chat_id        bigint NOT NULL,
  message_id     bigint NOT NULL,
  escalation_id  integer NOT NULL REFERENCES escalations(id) ON DELETE CASCADE,
  role           text NOT NULL CHECK (role IN ('announce', 'reannounce', 'follow_up', 'listing')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX ticket_messages_escalation ON ticket_messages (escalation_id);

-- Announcements made before this table existed keep routing replies.
INSERT INTO ticket_messages (chat_id, message_id, escalation_id, role, created_at)
SELECT group_chat_id, group_message_id, id, 'announce', coalesce(last_announced_at, created_at)
  FROM escalations WHERE group_chat_id IS NOT NULL AND group_message_id IS NOT NULL
ON CONFLICT (chat_id, message_id) DO NOTHING;
INSERT INTO ticket_messages (chat_id, message_id, escalation_id, role, created_at)
SELECT o.chat_id, o.message_id, e.id, 'announce', coalesce(o.sent_at, o.created_at)
  FROM outbox o JOIN escalations e ON o.payload->>'escalationId' ~ '^[0-9]{1,9}$' AND e.id = (o.payload->>'escalationId')::int
 WHERE o.kind = 'escalation_announce' AND o.status = 'sent' AND o.message_id IS NOT NULL
ON CONFLICT (chat_id, message_id) DO NOTHING;

-- Retention sweeps (src/privacy/applyRetention.ts).
CREATE INDEX escalations_created ON escalations (created_at);
CREATE INDEX outbox_created_done ON outbox (created_at) WHERE status <> 'pending';
