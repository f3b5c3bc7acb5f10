-- Hazard statistics rollup (docs/decisions/0009-hazard-statistics-rollup.md). GET /api/hazards/stats reads
-- these two small tables instead of every hazard in scope; triggers on hazard keep them exact in the same
-- transaction as the change. Runs unchanged on PostgreSQL 15 (server) and PGlite.

-- Counts per county (first 6 digits of division_code), sector and month (reported_at in China time). The
-- level and status breakdowns are columns, not key parts, so there is at most one row per cell.
CREATE TABLE hazard_rollup (
  county               text NOT NULL,
  sector               text NOT NULL,
  month                text NOT NULL,                 -- 'YYYY-MM'
  n                    integer NOT NULL,
  major                integer NOT NULL,              -- level 重大
  reported             integer NOT NULL,
  assessed             integer NOT NULL,
  rectifying           integer NOT NULL,
  acceptance_requested integer NOT NULL,
  accepted             integer NOT NULL,
  closed_late          integer NOT NULL,              -- accepted after the deadline (China date)
  with_deadline        integer NOT NULL,
  open_major           integer NOT NULL,
  self_found           integer NOT NULL,              -- source 企业自查
  PRIMARY KEY (county, sector, month)
);

-- Which enterprises reported in a cell, with how many hazards (so that deletions stay exact): month is
-- 'YYYY-MM', or '*' for all time, so that an unbounded period reads one row per enterprise.
CREATE TABLE hazard_reporter (
  county        text NOT NULL,
  sector        text NOT NULL,
  month         text NOT NULL,
  enterprise_id uuid NOT NULL,
  n             integer NOT NULL,
  PRIMARY KEY (month, county, sector, enterprise_id)
);

-- The one definition of both rollups: the statement adding signed hazard rows (column sg: +1 for a row
-- that appears, −1 for one that goes) from the query `src`. The trigger and the backfill both run it.
CREATE FUNCTION hazard_rollup_upsert(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
WITH k AS (
  SELECT substr(d.division_code, 1, 6) AS county, d.sector,
         to_char((d.reported_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM') AS month,
         d.enterprise_id, d.sg,
         d.sg * (d.level = '重大')::int AS major,
         d.sg * (d.status = 'reported')::int AS reported,
         d.sg * (d.status = 'assessed')::int AS assessed,
         d.sg * (d.status = 'rectifying')::int AS rectifying,
         d.sg * (d.status = 'acceptance_requested')::int AS acceptance_requested,
         d.sg * (d.status = 'accepted')::int AS accepted,
         d.sg * coalesce(d.status = 'accepted'
           AND ((d.accepted_at AT TIME ZONE 'UTC') + interval '8 hours')::date > d.deadline, false)::int AS closed_late,
         d.sg * (d.deadline IS NOT NULL)::int AS with_deadline,
         d.sg * (d.level = '重大' AND d.status <> 'accepted')::int AS open_major,
         d.sg * (d.source = '企业自查')::int AS self_found
  FROM (%s) d
), r AS (
  INSERT INTO hazard_rollup AS t
  SELECT county, sector, month, sum(sg), sum(major), sum(reported), sum(assessed), sum(rectifying),
         sum(acceptance_requested), sum(accepted), sum(closed_late), sum(with_deadline), sum(open_major),
         sum(self_found)
  FROM k GROUP BY county, sector, month
  -- An update that moves nothing (a plan edit) writes nothing; sorted so that writers lock rows in one order.
  HAVING (sum(sg), sum(major), sum(reported), sum(assessed), sum(rectifying), sum(acceptance_requested),
          sum(accepted), sum(closed_late), sum(with_deadline), sum(open_major), sum(self_found))
         <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
  ORDER BY 1, 2, 3
  ON CONFLICT (county, sector, month) DO UPDATE SET
    n = t.n + excluded.n, major = t.major + excluded.major, reported = t.reported + excluded.reported,
    assessed = t.assessed + excluded.assessed, rectifying = t.rectifying + excluded.rectifying,
    acceptance_requested = t.acceptance_requested + excluded.acceptance_requested,
    accepted = t.accepted + excluded.accepted, closed_late = t.closed_late + excluded.closed_late,
    with_deadline = t.with_deadline + excluded.with_deadline, open_major = t.open_major + excluded.open_major,
    self_found = t.self_found + excluded.self_found
  RETURNING 1
), p AS (
  INSERT INTO hazard_reporter AS t
  SELECT county, sector, m, enterprise_id, sum(sg)
  FROM k CROSS JOIN LATERAL (VALUES (k.month), ('*')) AS v(m)
  GROUP BY county, sector, m, enterprise_id
  HAVING sum(sg) <> 0
  ORDER BY 3, 1, 2, 4
  ON CONFLICT (month, county, sector, enterprise_id) DO UPDATE SET n = t.n + excluded.n
  RETURNING 1
)
SELECT (SELECT count(*) FROM r) + (SELECT count(*) FROM p)
$q$, src)
$f$;

-- Statement-level with transition tables: a 1 000-row INSERT costs one grouped upsert, not 1 000.
CREATE FUNCTION hazard_rollup_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE hazard_rollup_upsert(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sg, * FROM hazard_new'
    WHEN 'DELETE' THEN 'SELECT -1 AS sg, * FROM hazard_old'
    ELSE 'SELECT 1 AS sg, * FROM hazard_new UNION ALL SELECT -1 AS sg, * FROM hazard_old' END);
  RETURN NULL;
END $$;

CREATE FUNCTION hazard_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE hazard_rollup, hazard_reporter;
  RETURN NULL;
END $$;

-- No hazard may be written between the backfill and the triggers (another instance still running).
LOCK TABLE hazard IN SHARE ROW EXCLUSIVE MODE;
DO $$ BEGIN EXECUTE hazard_rollup_upsert('SELECT 1 AS sg, * FROM hazard'); END $$;

CREATE TRIGGER hazard_rollup_insert AFTER INSERT ON hazard
  REFERENCING NEW TABLE AS hazard_new FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_sync();
CREATE TRIGGER hazard_rollup_update AFTER UPDATE ON hazard
  REFERENCING OLD TABLE AS hazard_old NEW TABLE AS hazard_new FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_sync();
CREATE TRIGGER hazard_rollup_delete AFTER DELETE ON hazard
  REFERENCING OLD TABLE AS hazard_old FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_sync();
CREATE TRIGGER hazard_rollup_truncate AFTER TRUNCATE ON hazard
  FOR EACH STATEMENT EXECUTE FUNCTION hazard_rollup_truncate();
