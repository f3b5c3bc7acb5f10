-- Notifications that move the hazard loop (issue 11 item 4). A step of the loop (交办, 待验收, 验收不通过,
-- 销号) tells the party that must act next; a hazard can be rejected or re-submitted more than once, so
-- a loop notification is unique per (event, recipient), while the reminder jobs keep their one-per-
-- (hazard, kind, recipient) key, now a partial index over the rows without an event.
ALTER TABLE notification ADD COLUMN event_id bigint REFERENCES hazard_event(id) ON DELETE CASCADE;
ALTER TABLE notification DROP CONSTRAINT notification_hazard_id_kind_user_id_key;
CREATE UNIQUE INDEX notification_reminder_key ON notification (hazard_id, kind, user_id) WHERE event_id IS NULL;
CREATE UNIQUE INDEX notification_event_key ON notification (event_id, user_id) WHERE event_id IS NOT NULL;

-- The outbound channel's outbox (webhook to an SMS gateway, off by default): a row per notification to
-- send, written in the step's transaction while the channel is on, sent after commit; every attempt is
-- counted with its error, and a job retries what is still pending.
CREATE TABLE notification_delivery (
  id              uuid PRIMARY KEY,
  notification_id uuid NOT NULL REFERENCES notification(id) ON DELETE CASCADE,
  channel         text NOT NULL CHECK (channel IN ('webhook')),
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  last_error      text,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX notification_delivery_pending_idx ON notification_delivery (next_attempt_at) WHERE status = 'pending';
