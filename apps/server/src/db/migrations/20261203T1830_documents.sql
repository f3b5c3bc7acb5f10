-- 执法文书 (issue 13 item 1, decision 0012): kinds with their number pattern, a gap-free counter per issuing
-- authority (division), kind and year, and every issued document with its PDF, its SHA-256 and its status.
-- The public verification page reads only number, kind, authority, date, hash and status.

-- Kinds of document and how they are numbered: `（{authority}）{kind}〔{year}〕{seq}号` with the kind's
-- abbreviation (应急检记). Registered by the modules that issue them; editable by an administrator.
CREATE TABLE doc_kind (
  code          text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$'),
  name          text NOT NULL,
  abbreviation  text NOT NULL,
  pattern       text NOT NULL,
  updated_by    uuid REFERENCES app_user (id),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- The last number issued per authority, kind and year. Incremented by an UPDATE … RETURNING (upsert) in the
-- issuing transaction: concurrent issuers wait on the row, a rolled-back issue gives its number back.
CREATE TABLE doc_counter (
  division_code  text NOT NULL REFERENCES division (code),
  kind           text NOT NULL REFERENCES doc_kind (code),
  year           integer NOT NULL CHECK (year BETWEEN 1000 AND 9999),
  last_seq       integer NOT NULL CHECK (last_seq >= 1),
  PRIMARY KEY (division_code, kind, year)
);

CREATE TABLE document (
  id                uuid PRIMARY KEY,
  division_code     text NOT NULL REFERENCES division (code),
  kind              text NOT NULL REFERENCES doc_kind (code),
  year              integer NOT NULL,
  seq               integer NOT NULL CHECK (seq >= 1),
  number            text NOT NULL,
  authority_name    text NOT NULL,
  title             text NOT NULL,
  template_key      text NOT NULL,
  template_version  integer NOT NULL,
  issued_on         date NOT NULL,
  -- What was rendered (may name people: never on the public page) and the PDF itself.
  data              jsonb NOT NULL,
  pdf               bytea NOT NULL,
  sha256            text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- The record the issuing module attached it to (a case, an inspection) and the enterprise it concerns.
  subject_type      text,
  subject_id        text,
  enterprise_id     uuid REFERENCES enterprise (id),
  status            text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'withdrawn')),
  withdrawn_at      timestamptz,
  withdrawn_reason  text,
  withdrawn_by      uuid REFERENCES app_user (id),
  issued_by         uuid REFERENCES app_user (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (division_code, kind, year, seq),
  CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL))
);
CREATE INDEX document_division_idx ON document (division_code text_pattern_ops);
CREATE INDEX document_subject_idx ON document (subject_type, subject_id);
CREATE INDEX document_sha256_idx ON document (sha256);
