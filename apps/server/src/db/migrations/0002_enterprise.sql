-- Enterprise registry (企业库), grid responsibility (网格化监管责任) and third-party agencies (第三方机构).
-- PRODUCT.md §2 modules 1–2. Runs unchanged on PostgreSQL 15 and PGlite.

CREATE TABLE enterprise (
  id                          uuid PRIMARY KEY,
  credit_code                 text NOT NULL UNIQUE,          -- 统一社会信用代码, GB 32100-2015, upper case
  name                        text NOT NULL,
  division_code               text NOT NULL REFERENCES division(code),
  address                     text,
  longitude                   double precision,              -- WGS-84
  latitude                    double precision,
  sector                      text NOT NULL REFERENCES sector(code),
  secondary_sectors           text[] NOT NULL DEFAULT '{}',
  industry_code               text,                          -- GB/T 4754-2017
  size_class                  text CHECK (size_class IN ('large', 'medium', 'small', 'micro')),
  employees                   integer,
  status                      text NOT NULL DEFAULT 'normal' CHECK (status IN ('normal', 'suspended', 'closed', 'banned')),
  principal                   text,                          -- 主要负责人
  safety_manager              text,                          -- 安全管理人员
  registered_safety_engineers integer NOT NULL DEFAULT 0,    -- 注册安全工程师
  standardization_level       text NOT NULL DEFAULT 'none' CHECK (standardization_level IN ('none', 'level1', 'level2', 'level3')),
  licences                    jsonb NOT NULL DEFAULT '[]',   -- [{kind, number, issuer, expiresOn}]
  liability_insurance         jsonb,                         -- 安全生产责任保险 {insurer, policyNo, expiresOn, insuredAmount}
  safety_costs                jsonb NOT NULL DEFAULT '[]',   -- 安全费用 [{year, extracted, used}] 万元
  high_risk_processes         text[] NOT NULL DEFAULT '{}',
  -- Grid responsibility (属地 + 行业 + 企业主体, 监管重点)
  grid_user_id                uuid REFERENCES app_user(id),
  industry_department_id      uuid REFERENCES department(id),
  industry_person             text,
  enterprise_person           text,
  supervision_focus           text,
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  CHECK ((longitude IS NULL) = (latitude IS NULL))
);
-- Lists filter by division subtree (prefix), sector and status, and sort by name or last change.
CREATE INDEX enterprise_division_idx ON enterprise (division_code text_pattern_ops);
CREATE INDEX enterprise_sector_division_idx ON enterprise (sector, division_code text_pattern_ops);
CREATE INDEX enterprise_status_idx ON enterprise (status);
CREATE INDEX enterprise_secondary_sectors_idx ON enterprise USING gin (secondary_sectors);
CREATE INDEX enterprise_name_idx ON enterprise (name, id);
CREATE INDEX enterprise_credit_code_prefix_idx ON enterprise (credit_code text_pattern_ops);
CREATE INDEX enterprise_updated_idx ON enterprise (updated_at DESC, id);
CREATE INDEX enterprise_grid_user_idx ON enterprise (grid_user_id);
CREATE INDEX enterprise_industry_department_idx ON enterprise (industry_department_id);

-- 状态变更历史 (正常 / 停产整顿 / 关闭 / 取缔).
CREATE TABLE enterprise_status_change (
  id            bigserial PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprise(id),
  from_status   text NOT NULL,
  to_status     text NOT NULL,
  reason        text NOT NULL,
  effective_on  date NOT NULL,
  user_id       uuid,
  username      text,
  at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_status_change_idx ON enterprise_status_change (enterprise_id, id DESC);

-- Field-level change log the regulator reads (in particular, edits made by the enterprise's own account).
CREATE TABLE enterprise_change (
  id            bigserial PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprise(id),
  user_id       uuid,
  username      text,
  role_code     text,
  by_enterprise boolean NOT NULL DEFAULT false,
  source        text NOT NULL,                                -- create | update | status | grid | import
  changes       jsonb NOT NULL,                               -- {field: {before, after}}
  at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_change_idx ON enterprise_change (enterprise_id, id DESC);

CREATE TABLE agency (
  id             uuid PRIMARY KEY,
  name           text NOT NULL,
  credit_code    text NOT NULL UNIQUE,
  division_code  text NOT NULL REFERENCES division(code),
  address        text,
  contact_person text,
  qualifications jsonb NOT NULL DEFAULT '[]',                 -- 资质 [{kind, number, level, issuer, expiresOn}]
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_division_idx ON agency (division_code text_pattern_ops);

CREATE TABLE agency_staff (
  id             uuid PRIMARY KEY,
  agency_id      uuid NOT NULL REFERENCES agency(id),
  name           text NOT NULL,
  title          text,
  certificate_no text,
  specialty      text,
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_staff_agency_idx ON agency_staff (agency_id);

-- 托管 / 政府购买服务. An agency account sees the enterprises of its active contracts (data scope).
CREATE TABLE agency_contract (
  id            uuid PRIMARY KEY,
  agency_id     uuid NOT NULL REFERENCES agency(id),
  enterprise_id uuid NOT NULL REFERENCES enterprise(id),
  kind          text NOT NULL CHECK (kind IN ('custody', 'government_purchase')),
  contract_no   text,
  starts_on     date NOT NULL,
  ends_on       date,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_contract_agency_idx ON agency_contract (agency_id, enterprise_id) WHERE active;
CREATE INDEX agency_contract_enterprise_idx ON agency_contract (enterprise_id);

CREATE TABLE agency_visit (
  id             uuid PRIMARY KEY,
  agency_id      uuid NOT NULL REFERENCES agency(id),
  enterprise_id  uuid NOT NULL REFERENCES enterprise(id),
  contract_id    uuid REFERENCES agency_contract(id),
  visited_on     date NOT NULL,
  kind           text NOT NULL,
  staff_ids      uuid[] NOT NULL DEFAULT '{}',
  summary        text NOT NULL,
  hazards_found  integer NOT NULL DEFAULT 0,
  created_by     uuid,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_visit_agency_idx ON agency_visit (agency_id, visited_on DESC);
CREATE INDEX agency_visit_enterprise_idx ON agency_visit (enterprise_id, visited_on DESC);

-- Agency accounts are attached to their agency (scope kind 'agency').
ALTER TABLE app_user ADD COLUMN agency_id uuid REFERENCES agency(id);
