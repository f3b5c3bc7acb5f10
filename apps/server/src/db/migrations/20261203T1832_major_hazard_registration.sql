-- 重大危险源 备案, 包保 and 安全评估 (issue 12 items 3–4). A major hazard source (a unit with S ≥ 1) gets its
-- registration (备案编号, date) and its last 安全评估; the due date is derived (3 years, or at once after an
-- inventory change), never stored. 包保责任人: one person per role and source. Their duty checks are
-- records; the cycle per role is reference data (major_hazard_duty_cycle), editable with an audit row.
CREATE TABLE major_hazard_registration (
  unit_id             uuid PRIMARY KEY REFERENCES major_hazard_unit(id),
  division_code       text NOT NULL,
  record_no           text,
  registered_on       date,
  evaluated_on        date,
  -- the unit's inventory revision the evaluation covered; a later revision is a change (重新评估)
  evaluated_revision  integer,
  updated_by          uuid REFERENCES app_user(id),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX major_hazard_registration_division_idx ON major_hazard_registration (division_code text_pattern_ops);

CREATE TABLE major_hazard_guarantor (
  unit_id        uuid NOT NULL REFERENCES major_hazard_unit(id),
  role           text NOT NULL CHECK (role IN ('principal', 'technical', 'operational')),
  division_code  text NOT NULL,
  name           text NOT NULL,
  title          text,
  phone          text,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_id, role)
);

-- A 包保责任人 carried out one of the role's duties (检查, 排查) on a day.
CREATE TABLE major_hazard_duty_check (
  id             uuid PRIMARY KEY,
  unit_id        uuid NOT NULL REFERENCES major_hazard_unit(id),
  division_code  text NOT NULL,
  role           text NOT NULL CHECK (role IN ('principal', 'technical', 'operational')),
  performed_on   date NOT NULL,
  note           text,
  recorded_by    uuid REFERENCES app_user(id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX major_hazard_duty_check_unit_idx ON major_hazard_duty_check (unit_id, role, performed_on);

-- Reference data: the duty cycle of each role, with its citation and whether it was checked against the text.
CREATE TABLE major_hazard_duty_cycle (
  role            text PRIMARY KEY CHECK (role IN ('principal', 'technical', 'operational')),
  cycle_num       integer NOT NULL CHECK (cycle_num >= 1),
  cycle_unit      text NOT NULL CHECK (cycle_unit IN ('day', 'week', 'month', 'year')),
  citation        text NOT NULL,
  verified        boolean NOT NULL,
  effective_from  date NOT NULL,
  updated_by      uuid REFERENCES app_user(id),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
