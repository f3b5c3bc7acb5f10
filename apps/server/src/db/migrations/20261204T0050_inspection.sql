-- 现场检查: one row per inspection; the findings (each a hazard with source 执法检查) kept as jsonb.
CREATE TABLE inspection (
  id uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprise(id),
  division_code text NOT NULL,
  assignment_id uuid,
  idempotency_key text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('rectifying', 'closed')),
  findings jsonb NOT NULL,
  measures text[] NOT NULL DEFAULT '{}',
  rectify_by date,
  inspected_by uuid,
  inspected_by_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_enterprise ON inspection (enterprise_id);
