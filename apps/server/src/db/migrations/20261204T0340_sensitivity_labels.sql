-- AC-07: sensitivity labels on records (hazards, and their photos through them) and a clearance per account.
-- A constant default: no table rewrite, so this is instant on a province's hazard table.
ALTER TABLE app_user ADD COLUMN clearance text NOT NULL DEFAULT 'internal'
  CHECK (clearance IN ('public', 'internal', 'sensitive'));
ALTER TABLE hazard ADD COLUMN sensitivity text NOT NULL DEFAULT 'internal'
  CHECK (sensitivity IN ('public', 'internal', 'sensitive'));
