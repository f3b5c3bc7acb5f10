-- Accidents, statistics denominators, plan periods and targets (issue 5; PRODUCT.md modules 6, 7, 16).
-- Runs unchanged on PostgreSQL 15 (server) and PGlite. Every row carries division_code: the data-scope
-- column (subtree = code prefix) and the distribution key for Citus-style sharding.

CREATE TABLE accident (
  id                 uuid PRIMARY KEY,
  division_code      text NOT NULL REFERENCES division(code),
  occurred_at        timestamptz NOT NULL,
  stat_year          integer NOT NULL,             -- calendar year of occurred_at in China Standard Time
  title              text NOT NULL,
  location           text,
  longitude          double precision,
  latitude           double precision,
  -- No foreign key on purpose: the enterprise table arrives in 0002 from a parallel branch; a later
  -- migration adds REFERENCES enterprise(id). Road accidents often have no enterprise at all.
  enterprise_id      uuid,
  enterprise_name    text,
  category           text NOT NULL,                -- statistical category (accident/categories.ts), disjoint
  sector             text,                         -- supervising sector, for industry (department) scope
  accident_type      text NOT NULL,                -- GB 6441-86 事故类别 01–20
  deaths             integer NOT NULL CHECK (deaths >= 0),
  serious_injuries   integer NOT NULL CHECK (serious_injuries >= 0),
  minor_injuries     integer NOT NULL DEFAULT 0 CHECK (minor_injuries >= 0),
  missing            integer NOT NULL DEFAULT 0 CHECK (missing >= 0),
  direct_loss        numeric(14, 2) NOT NULL CHECK (direct_loss >= 0),   -- 万元
  grade              text NOT NULL CHECK (grade IN ('特别重大', '重大', '较大', '一般')),
  grade_rule_version text NOT NULL,
  description        text,
  created_by         uuid,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
-- Indicator aggregates: one year, one subtree.
CREATE INDEX accident_year_division_idx ON accident (stat_year, division_code text_pattern_ops);
-- Lists: newest first within a subtree.
CREATE INDEX accident_division_time_idx ON accident (division_code text_pattern_ops, occurred_at DESC);
CREATE INDEX accident_enterprise_idx ON accident (enterprise_id) WHERE enterprise_id IS NOT NULL;

-- 逐级上报: one row per level the report reached (条例 第九–十一条).
CREATE TABLE accident_report_step (
  id            uuid PRIMARY KEY,
  accident_id   uuid NOT NULL REFERENCES accident(id) ON DELETE CASCADE,
  division_code text NOT NULL,
  level         text NOT NULL CHECK (level IN ('county', 'city', 'province', 'national')),
  reported_at   timestamptz NOT NULL,
  reported_by   text,
  note          text,
  recorded_by   uuid,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (accident_id, level)
);

-- 补报 (第十三条): each supplement keeps the figures and grade before and after.
CREATE TABLE accident_supplement (
  id            uuid PRIMARY KEY,
  accident_id   uuid NOT NULL REFERENCES accident(id) ON DELETE CASCADE,
  division_code text NOT NULL,
  reported_at   timestamptz NOT NULL,
  before        jsonb NOT NULL,
  after         jsonb NOT NULL,
  grade_before  text NOT NULL,
  grade_after   text NOT NULL,
  note          text NOT NULL,
  recorded_by   uuid,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX accident_supplement_accident_idx ON accident_supplement (accident_id, reported_at);

-- 调查处理 / 查处督办: one investigation per accident; parties and penalties are parts of its report.
CREATE TABLE accident_investigation (
  accident_id         uuid PRIMARY KEY REFERENCES accident(id) ON DELETE CASCADE,
  division_code       text NOT NULL,
  status              text NOT NULL DEFAULT 'investigating' CHECK (status IN ('investigating', 'concluded', 'closed')),
  lead_agency         text,
  findings            text,
  direct_cause        text,
  indirect_cause      text,
  nature              text NOT NULL DEFAULT '待定',
  responsible_parties jsonb NOT NULL DEFAULT '[]',
  penalties           jsonb NOT NULL DEFAULT '[]',
  concluded_at        date,
  closed_at           timestamptz,
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- 整改措施 and their follow-up until verified (销号).
CREATE TABLE accident_measure (
  id            uuid PRIMARY KEY,
  accident_id   uuid NOT NULL REFERENCES accident(id) ON DELETE CASCADE,
  division_code text NOT NULL,
  content       text NOT NULL,
  owner         text NOT NULL,
  owner_unit    text,
  deadline      date NOT NULL,
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'verified')),
  completed_at  timestamptz,
  verified_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX accident_measure_accident_idx ON accident_measure (accident_id);
CREATE INDEX accident_measure_open_idx ON accident_measure (division_code text_pattern_ops, deadline) WHERE status <> 'verified';

CREATE TABLE accident_measure_followup (
  id            uuid PRIMARY KEY,
  measure_id    uuid NOT NULL REFERENCES accident_measure(id) ON DELETE CASCADE,
  division_code text NOT NULL,
  at            timestamptz NOT NULL DEFAULT now(),
  note          text NOT NULL,
  status_after  text NOT NULL,
  recorded_by   uuid
);
CREATE INDEX accident_measure_followup_measure_idx ON accident_measure_followup (measure_id, at);

-- Yearly denominators per division (GDP 亿元, employees, vehicles, coal 万吨, population, equipment).
CREATE TABLE stat_denominator (
  division_code text NOT NULL REFERENCES division(code),
  year          integer NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('gdp', 'industry_employees', 'motor_vehicles', 'coal_output', 'population', 'special_equipment_units')),
  value         numeric(18, 4) NOT NULL CHECK (value >= 0),
  source        text,
  updated_by    uuid,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (division_code, year, kind)
);
CREATE INDEX stat_denominator_year_idx ON stat_denominator (year, division_code text_pattern_ops);

-- Plan periods (十二五, 十三五 …) and their targets per indicator and division.
CREATE TABLE plan_period (
  id             uuid PRIMARY KEY,
  division_code  text NOT NULL REFERENCES division(code),   -- the division whose plan it is
  name           text NOT NULL,
  start_year     integer NOT NULL,
  end_year       integer NOT NULL,
  baseline_from  integer NOT NULL,                         -- 基数: one year (2010) or a period's yearly mean (2011–2015)
  baseline_to    integer NOT NULL,
  baseline_label text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (division_code, name),
  CHECK (start_year <= end_year AND baseline_from <= baseline_to AND baseline_to < start_year)
);

CREATE TABLE plan_target (
  id                 uuid PRIMARY KEY,
  plan_id            uuid NOT NULL REFERENCES plan_period(id) ON DELETE CASCADE,
  division_code      text NOT NULL REFERENCES division(code),
  indicator_key      text NOT NULL,
  baseline           numeric(18, 6),                        -- as stated in the plan; null: computed from records
  target             numeric(18, 6) NOT NULL,
  stated_drop        numeric(9, 3),
  stated_annual_drop numeric(9, 3),
  note               text,
  decomposed_from    text,                                  -- parent division when set by decomposition
  updated_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, division_code, indicator_key)
);
CREATE INDEX plan_target_division_idx ON plan_target (division_code text_pattern_ops);
