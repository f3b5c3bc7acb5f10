-- The distribution key (decision 0011): every table that grows with a county's work carries the county's
-- division code, so that the schema can be distributed by it (Citus) and a county's rows join on it.
-- These four child tables of an enterprise had only the enterprise's id: they take the enterprise's code.

ALTER TABLE enterprise_change ADD COLUMN division_code text REFERENCES division (code);
UPDATE enterprise_change c SET division_code = e.division_code FROM enterprise e WHERE e.id = c.enterprise_id;
ALTER TABLE enterprise_change ALTER COLUMN division_code SET NOT NULL;

ALTER TABLE enterprise_status_change ADD COLUMN division_code text REFERENCES division (code);
UPDATE enterprise_status_change c SET division_code = e.division_code FROM enterprise e WHERE e.id = c.enterprise_id;
ALTER TABLE enterprise_status_change ALTER COLUMN division_code SET NOT NULL;

ALTER TABLE agency_contract ADD COLUMN division_code text REFERENCES division (code);
UPDATE agency_contract c SET division_code = e.division_code FROM enterprise e WHERE e.id = c.enterprise_id;
ALTER TABLE agency_contract ALTER COLUMN division_code SET NOT NULL;

ALTER TABLE agency_visit ADD COLUMN division_code text REFERENCES division (code);
UPDATE agency_visit c SET division_code = e.division_code FROM enterprise e WHERE e.id = c.enterprise_id;
ALTER TABLE agency_visit ALTER COLUMN division_code SET NOT NULL;
