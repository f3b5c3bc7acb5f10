-- 重大危险源 (GB 18218-2018): production and storage units of an enterprise with their dangerous chemicals
-- (design maximum quantity q, t) and the people within 500 m (α). Every identification is kept with the
-- version of the standard's tables it used; inventory edits are audited (audit_log holds before/after).
CREATE TABLE major_hazard_unit (
  id              uuid PRIMARY KEY,
  enterprise_id   uuid NOT NULL REFERENCES enterprise(id),
  division_code   text NOT NULL REFERENCES division(code),
  sector          text NOT NULL REFERENCES sector(code),
  kind            text NOT NULL CHECK (kind IN ('production', 'storage')),
  name            text NOT NULL,
  exposed_people  integer NOT NULL CHECK (exposed_people >= 0),
  chemicals       jsonb NOT NULL,
  s_exact         text NOT NULL,
  r_exact         text NOT NULL,
  s_value         numeric NOT NULL,
  r_value         numeric NOT NULL,
  is_major        boolean NOT NULL,
  level           text CHECK (level IN ('一级', '二级', '三级', '四级')),
  tables_version  text NOT NULL,
  revision        integer NOT NULL DEFAULT 1,
  created_by      uuid REFERENCES app_user(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (enterprise_id, name)
);
CREATE INDEX major_hazard_unit_division_idx ON major_hazard_unit (division_code text_pattern_ops);
CREATE INDEX major_hazard_unit_enterprise_idx ON major_hazard_unit (enterprise_id);

-- Each identification result (one per inventory revision), never overwritten.
CREATE TABLE major_hazard_assessment (
  id              bigserial PRIMARY KEY,
  unit_id         uuid NOT NULL REFERENCES major_hazard_unit(id),
  division_code   text NOT NULL,
  revision        integer NOT NULL,
  exposed_people  integer NOT NULL,
  chemicals       jsonb NOT NULL,
  result          jsonb NOT NULL,
  tables_version  text NOT NULL,
  assessed_by     uuid REFERENCES app_user(id),
  assessed_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, revision)
);
