-- 包保 duties as recurring tasks: one per registered source (unit), 包保 role and period [period_start,
-- period_end) of the role's cycle; due = period_end. Created by the job major-hazard.duty-tasks (idempotent
-- by the unique key) and when a registration names a person; a duty check in the period completes it.
CREATE TABLE major_hazard_duty_task (
  id             uuid PRIMARY KEY,
  unit_id        uuid NOT NULL REFERENCES major_hazard_unit(id),
  enterprise_id  uuid NOT NULL REFERENCES enterprise(id),
  division_code  text NOT NULL,
  sector         text NOT NULL,
  role           text NOT NULL CHECK (role IN ('principal', 'technical', 'operational')),
  period_start   date NOT NULL,
  period_end     date NOT NULL CHECK (period_end > period_start),
  done_at        timestamptz,
  check_id       uuid REFERENCES major_hazard_duty_check(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, role, period_start)
);
CREATE INDEX major_hazard_duty_task_division_idx ON major_hazard_duty_task (division_code text_pattern_ops, period_end);
CREATE INDEX major_hazard_duty_task_open_idx ON major_hazard_duty_task (unit_id, period_end) WHERE done_at IS NULL;
