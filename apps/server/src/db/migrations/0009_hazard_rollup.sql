-- Hazard statistics rollup (docs/decisions/0009-hazard-statistics-rollup.md). GET /api/hazards/stats reads
-- these small tables instead of every hazard in scope; triggers on hazard keep them exact in the same
-- transaction as the change. Runs unchanged on PostgreSQL 15 (server) and PGlite.

-- Counts per county (first 6 digits of division_code), sector and month (reported_at in China time). The
-- level and status breakdowns are columns, not key parts, so there is at most one row per cell. Each cell
-- is also summed over all sectors (sector '*') and over all months (month '*'): the all-time dashboard
-- reads ~100 rows per city instead of ~10 000.
CREATE TABLE hazard_rollup (
  county               text NOT NULL,
  sector               text NOT NULL,                 -- or '*'
  month                text NOT NULL,                 -- 'YYYY-MM' or '*'
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

-- Which enterprises ever reported in a county and sector, with how many hazards (so that deletions stay
-- exact): the reporting-enterprise count of an unbounded period reads one row per enterprise. Per month it
-- would be nearly as large as hazard itself (an enterprise reports about once a month), so a bounded
-- period counts its enterprises live.
CREATE TABLE hazard_reporter (
  county        text NOT NULL,
  sector        text NOT NULL,
  enterprise_id uuid NOT NULL,
  n             integer NOT NULL,
  PRIMARY KEY (county, sector, enterprise_id)
);

-- Open hazards by the month of their deadline (and sector '*'), so that “open past the deadline” of all
-- time is these rows before this month plus the current month's few read live.
CREATE TABLE hazard_open_due (
  county        text NOT NULL,
  sector        text NOT NULL,
  due_month     text NOT NULL,
  n             integer NOT NULL,
  PRIMARY KEY (county, sector, due_month)
);

-- The one definition of the rollups: the statement adding signed hazard rows (column sg: +1 for a row
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
         d.sg * (d.source = '企业自查')::int AS self_found,
         to_char(d.deadline, 'YYYY-MM') AS due_month,
         d.sg * (d.status <> 'accepted' AND d.deadline IS NOT NULL)::int AS open_due
  FROM (%s) d
), r AS (
  INSERT INTO hazard_rollup AS t
  SELECT county, v.sector, v.month, sum(sg), sum(major), sum(reported), sum(assessed), sum(rectifying),
         sum(acceptance_requested), sum(accepted), sum(closed_late), sum(with_deadline), sum(open_major),
         sum(self_found)
  FROM k CROSS JOIN LATERAL (VALUES (k.sector, k.month), (k.sector, '*'), ('*', k.month)) AS v(sector, month)
  GROUP BY county, v.sector, v.month
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
  SELECT county, sector, enterprise_id, sum(sg) FROM k
  GROUP BY county, sector, enterprise_id
  HAVING sum(sg) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (county, sector, enterprise_id) DO UPDATE SET n = t.n + excluded.n
  RETURNING 1
), o AS (
  INSERT INTO hazard_open_due AS t
  SELECT county, v.sector, due_month, sum(open_due)
  FROM k CROSS JOIN LATERAL (VALUES (k.sector), ('*')) AS v(sector)
  WHERE open_due <> 0
  GROUP BY county, v.sector, due_month
  HAVING sum(open_due) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (county, sector, due_month) DO UPDATE SET n = t.n + excluded.n
  RETURNING 1
)
SELECT (SELECT count(*) FROM r) + (SELECT count(*) FROM p) + (SELECT count(*) FROM o)
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
  TRUNCATE hazard_rollup, hazard_reporter, hazard_open_due;
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
