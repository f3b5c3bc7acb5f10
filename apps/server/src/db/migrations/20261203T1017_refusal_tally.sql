-- Refused requests, counted per source (account, else IP), kind (the refusal's reason) and minute
-- (等保 8.1.4.3 / 8.1.5.2, SECURITY.md AU-01). The first few refusals of a minute get their own audit
-- row; the rest only raise `count`, and when the minute is over one `access.denied.burst` audit row
-- carries the total — a flood is one visible burst in the log, neither thousands of rows nor none.
-- Not the audit log itself (that is append-only): a working counter the summary job reads and marks.

CREATE TABLE refusal_tally (
  source      text NOT NULL,
  kind        text NOT NULL,
  minute      timestamptz NOT NULL,
  ip          text,
  username    text,
  count       integer NOT NULL,
  first_at    timestamptz NOT NULL,
  last_at     timestamptz NOT NULL,
  summarised  boolean NOT NULL DEFAULT false,
  PRIMARY KEY (source, kind, minute)
);
CREATE INDEX refusal_tally_open_idx ON refusal_tally (minute) WHERE NOT summarised;
CREATE INDEX refusal_tally_last_idx ON refusal_tally (last_at);
