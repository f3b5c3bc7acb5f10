-- Figures set by law as versioned rows (issue 13 item 1, decision 0012): one row per version of a rule,
-- in force from effective_from (included) to effective_to (excluded). Seeded on every start from the shipped
-- reference data (reference/law/*.json) where a version is missing; an administrator adds versions (audited).
-- A correction of a version (same key and day) supersedes the row rather than changing it, so that every
-- computation that stored a row's id can still read the figure it used.
CREATE TABLE legal_rule (
  id              uuid PRIMARY KEY,
  key             text NOT NULL CHECK (key ~ '^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$'),
  value           jsonb NOT NULL,
  effective_from  date NOT NULL,
  effective_to    date CHECK (effective_to IS NULL OR effective_to > effective_from),
  citation        text NOT NULL,
  verified        boolean NOT NULL,
  note            text,
  source          text NOT NULL CHECK (source IN ('shipped', 'admin')),
  changed_by      uuid REFERENCES app_user (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  superseded_by   uuid REFERENCES legal_rule (id),
  superseded_at   timestamptz
);
CREATE UNIQUE INDEX legal_rule_current_idx ON legal_rule (key, effective_from) WHERE superseded_at IS NULL;
CREATE INDEX legal_rule_key_idx ON legal_rule (key);
