-- 执法全过程记录 (issue 13 item 6, decision 0012): every step of a case or an inspection appended to a hash
-- chain per record (`case:<id>`): hash = SHA-256(canonical JSON of the step, its attachments' hashes and the
-- previous hash). Append-only like the audit log; an exported bundle is verified offline by
-- scripts/case-verify.mjs.
CREATE TABLE record_step (
  chain             text NOT NULL CHECK (chain ~ '^[a-z][a-z0-9-]*:[A-Za-z0-9-]+$'),
  seq               integer NOT NULL CHECK (seq >= 1),
  division_code     text NOT NULL REFERENCES division (code),
  step_type         text NOT NULL,
  at                timestamptz NOT NULL,
  actor             text,
  data              jsonb NOT NULL,
  attachment_hashes text[] NOT NULL,
  prev_hash         text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash              text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (chain, seq)
);
CREATE INDEX record_step_division_idx ON record_step (division_code text_pattern_ops);

CREATE FUNCTION record_step_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'record_step is append-only';
END;
$$;
CREATE TRIGGER record_step_no_update BEFORE UPDATE OR DELETE ON record_step
  FOR EACH ROW EXECUTE FUNCTION record_step_append_only();
CREATE TRIGGER record_step_no_truncate BEFORE TRUNCATE ON record_step
  FOR EACH STATEMENT EXECUTE FUNCTION record_step_append_only();
