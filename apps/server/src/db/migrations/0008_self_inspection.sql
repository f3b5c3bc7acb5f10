-- Self-inspection plans (企业自查计划, issue 4 item 3): an enterprise's checklist with a frequency; a job
-- creates one task per calendar period (unique per plan and period key, so reruns and restarts add
-- nothing); a task is done once, with a result per item and the hazards found linked. Whether a task is
-- on time, late or missed is derived from its period and done date at query time, never stored.

CREATE TABLE self_inspection_plan (
  id            uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprise(id),
  division_code text NOT NULL REFERENCES division(code),
  sector        text NOT NULL,
  name          text NOT NULL,
  frequency     text NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly', 'quarterly', 'yearly')),
  assignee      text,
  items         jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array' AND jsonb_array_length(items) > 0),
  starts_on     date NOT NULL,
  ends_on       date CHECK (ends_on IS NULL OR ends_on >= starts_on),
  active        boolean NOT NULL DEFAULT true,
  created_by    uuid,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX self_inspection_plan_enterprise_idx ON self_inspection_plan (enterprise_id);
CREATE INDEX self_inspection_plan_division_idx ON self_inspection_plan (division_code text_pattern_ops);

-- Tasks are evidence: a plan is deactivated, never deleted, once it has tasks (no cascade).
CREATE TABLE self_inspection_task (
  id            uuid PRIMARY KEY,
  plan_id       uuid NOT NULL REFERENCES self_inspection_plan(id),
  enterprise_id uuid NOT NULL,
  division_code text NOT NULL,
  sector        text NOT NULL,
  period_key    text NOT NULL,
  period_start  date NOT NULL,
  period_end    date NOT NULL CHECK (period_end >= period_start),
  done_at       timestamptz,
  done_on       date,                                   -- done_at as a date in China time (the period's calendar)
  done_by       uuid,
  done_by_name  text,
  results       jsonb,                                  -- [{index, code, text, major, ok, comment, hazardId}]
  hazard_ids    uuid[] NOT NULL DEFAULT '{}',
  comment       text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, period_key),
  CHECK ((done_at IS NULL) = (done_on IS NULL) AND (done_at IS NULL) = (results IS NULL))
);
CREATE INDEX self_inspection_task_enterprise_idx ON self_inspection_task (enterprise_id, period_start DESC);
CREATE INDEX self_inspection_task_division_idx ON self_inspection_task (division_code text_pattern_ops, period_start);
CREATE INDEX self_inspection_task_hazards_idx ON self_inspection_task USING gin (hazard_ids);
