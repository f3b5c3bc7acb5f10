-- Security alerts (SECURITY.md IP-03): detectors over the audit log raise one alert per (kind, subject,
-- window) — a rerun of a detector adds nothing — for the security admin to see and acknowledge.

CREATE TABLE security_alert (
  id              uuid PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('brute_force', 'authorization_failures', 'audit_chain_broken')),
  subject         text NOT NULL,                 -- the IP, the account, or the first broken audit row
  window_start    timestamptz NOT NULL,
  count           integer NOT NULL,
  detail          text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  acknowledged_by uuid REFERENCES app_user(id),
  acknowledged_at timestamptz,
  UNIQUE (kind, subject, window_start)
);
CREATE INDEX security_alert_open_idx ON security_alert (created_at DESC) WHERE acknowledged_at IS NULL;
-- The detectors read the last minutes of the log by outcome.
CREATE INDEX audit_log_outcome_at_idx ON audit_log (at) WHERE outcome <> 'success';
