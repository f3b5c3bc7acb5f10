-- Sign-in attempts against usernames that do not exist (AUTH-02): counted and locked exactly like a real
-- account's, so that the answers (401, then 423 "locked until") do not tell which usernames exist.
CREATE TABLE login_throttle (
  username      text PRIMARY KEY,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_throttle_updated_idx ON login_throttle (updated_at);
