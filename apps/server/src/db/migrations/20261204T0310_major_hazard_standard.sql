-- 重大危险源: GB 18218-2018 Tables 1–6 as reference data in the database (one row per table entry), loaded
-- from reference/standards/gb18218-2018.json on every start without overwriting an edit; an administrator
-- corrects an entry with an audit row. Every edit raises the tables' revision (the highest `revision` of the
-- standard's rows), which each identification stores beside the standard's version.
CREATE TABLE major_hazard_standard_entry (
  standard   text NOT NULL,
  table_no   smallint NOT NULL CHECK (table_no BETWEEN 1 AND 6),
  entry_key  text NOT NULL,
  sort       integer NOT NULL,
  value      jsonb NOT NULL,
  shipped    jsonb NOT NULL,
  revision   integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
  edited_by  uuid REFERENCES app_user(id),
  edited_at  timestamptz,
  PRIMARY KEY (standard, table_no, entry_key)
);

ALTER TABLE major_hazard_unit ADD COLUMN tables_revision integer NOT NULL DEFAULT 0;
ALTER TABLE major_hazard_assessment ADD COLUMN tables_revision integer NOT NULL DEFAULT 0;
