-- 监管执法 (PRODUCT.md module 5): the authority's 执法人员 pool, penalty cases (行政处罚案件) with every step kept,
-- and the yearly inspection plans with their 双随机 draws. A case's status is decided by the domain's case
-- machine (packages/domain/src/enforcement/case-machine.ts); its statutory clocks are derived from the steps'
-- dates, never stored. Every row carries the authority's or the party's division (the distribution key).

-- 执法人员 of an authority (a city or county office): who may be drawn and who investigates a case.
CREATE TABLE enforcement_officer (
  id                       uuid PRIMARY KEY,
  division_code            text NOT NULL REFERENCES division(code),
  name                     text NOT NULL,
  cert_no                  text NOT NULL,
  user_id                  uuid REFERENCES app_user(id),
  -- Declared links to enterprises (回避): never drawn for them.
  conflict_enterprise_ids  uuid[] NOT NULL DEFAULT '{}',
  active                   boolean NOT NULL DEFAULT true,
  created_by               uuid REFERENCES app_user(id),
  created_at               timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cert_no)
);
CREATE INDEX enforcement_officer_division_idx ON enforcement_officer (division_code text_pattern_ops);

-- Case numbers run per authority and year without gaps: the counter row is locked by the insert's update.
CREATE TABLE enforcement_case_counter (
  division_code  text NOT NULL REFERENCES division(code),
  year           integer NOT NULL,
  last_seq       integer NOT NULL,
  PRIMARY KEY (division_code, year)
);

CREATE TABLE enforcement_case (
  id                      uuid PRIMARY KEY,
  case_no                 text NOT NULL UNIQUE,
  -- The party's division and sector (the scope of the case, as of the enterprise's own rows).
  division_code           text NOT NULL REFERENCES division(code),
  sector                  text NOT NULL REFERENCES sector(code),
  -- The authority that filed it (a city or county office).
  authority_division      text NOT NULL REFERENCES division(code),
  enterprise_id           uuid NOT NULL REFERENCES enterprise(id),
  title                   text NOT NULL,
  facts                   text,
  source                  text NOT NULL CHECK (source IN ('inspection', 'complaint', 'referral', 'accident', 'other')),
  status                  text NOT NULL,
  major                   boolean NOT NULL DEFAULT false,
  hearing_offered         boolean NOT NULL DEFAULT false,
  legal_review_passed     boolean NOT NULL DEFAULT false,
  legal_review_return_to  text CHECK (legal_review_return_to IN ('reviewing', 'heard')),
  investigator_ids        uuid[] NOT NULL,
  filed_on                date NOT NULL,
  handed_over             boolean,
  service_method          text,
  paid_on                 date,
  -- The proposed fine as checked (statute, 裁量基准, reason), with the law's version it was checked against.
  penalty                 jsonb,
  created_by              uuid REFERENCES app_user(id),
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enforcement_case_division_idx ON enforcement_case (division_code text_pattern_ops);
CREATE INDEX enforcement_case_enterprise_idx ON enforcement_case (enterprise_id);
CREATE INDEX enforcement_case_list_idx ON enforcement_case (filed_on DESC, id);

-- Every step of a case (and the events beside the machine: the penalty proposed, an extension), never
-- changed: the record the clocks are computed from.
CREATE TABLE enforcement_case_step (
  id             bigserial PRIMARY KEY,
  case_id        uuid NOT NULL REFERENCES enforcement_case(id),
  division_code  text NOT NULL,
  step           text NOT NULL,
  from_status    text,
  to_status      text NOT NULL,
  on_date        date NOT NULL,
  user_id        uuid REFERENCES app_user(id),
  user_name      text,
  comment        text,
  detail         jsonb,
  -- The procedure rules in force on the step's day (程序从新) and the version used.
  procedure      jsonb,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enforcement_case_step_case_idx ON enforcement_case_step (case_id, id);

-- 行政处罚裁量基准 (行政处罚法 第三十四条): an authority's own published document, as entered by it; a proposed
-- fine is checked against the newest one in force of the case's authority (or of its city).
CREATE TABLE enforcement_benchmark (
  id              text NOT NULL,
  division_code   text NOT NULL REFERENCES division(code),
  effective_from  date NOT NULL,
  document        jsonb NOT NULL,
  created_by      uuid REFERENCES app_user(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (division_code, id)
);

-- 年度监督检查计划 of an authority.
CREATE TABLE enforcement_plan (
  id                  uuid PRIMARY KEY,
  division_code       text NOT NULL REFERENCES division(code),
  year                integer NOT NULL,
  title               text NOT NULL,
  frequency           jsonb NOT NULL,
  monthly_planned     integer[] NOT NULL,
  key_enterprise_ids  uuid[] NOT NULL DEFAULT '{}',
  created_by          uuid REFERENCES app_user(id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (division_code, year)
);

-- A 双随机 draw: the seed, the frozen inputs and the result, published when made.
CREATE TABLE enforcement_draw (
  id             uuid PRIMARY KEY,
  plan_id        uuid NOT NULL REFERENCES enforcement_plan(id),
  division_code  text NOT NULL,
  month          integer NOT NULL CHECK (month BETWEEN 1 AND 12),
  algorithm      text NOT NULL,
  seed           text NOT NULL,
  inputs         jsonb NOT NULL,
  created_by     uuid REFERENCES app_user(id),
  published_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enforcement_draw_plan_idx ON enforcement_draw (plan_id, published_at DESC);

CREATE TABLE enforcement_draw_assignment (
  draw_id        uuid NOT NULL REFERENCES enforcement_draw(id),
  seq            integer NOT NULL,
  division_code  text NOT NULL,
  enterprise_id  uuid NOT NULL REFERENCES enterprise(id),
  officer_ids    uuid[] NOT NULL,
  inspected_on   date,
  PRIMARY KEY (draw_id, seq),
  UNIQUE (draw_id, enterprise_id)
);
