-- One tap, one record (issue 11): the first answer to a creating request sent with an Idempotency-Key,
-- per user. The row is inserted in the same transaction as the creation (with its audit row), so a
-- concurrent duplicate waits on it and then creates nothing; the answer is filled in when it is sent.
CREATE TABLE idempotency_key (
  user_id       uuid NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  status_code   integer,
  content_type  text,
  body          text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
