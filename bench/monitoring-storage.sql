-- Decision 0012: raw readings vs per-minute aggregates, size and trend query (psql -f bench/monitoring-storage.sql on a scratch database).
\timing on
DROP TABLE IF EXISTS m_raw, m_min;
CREATE TABLE m_raw (point_id uuid NOT NULL, at timestamptz NOT NULL, division_code text NOT NULL, value double precision NOT NULL, PRIMARY KEY (point_id, at));
CREATE TABLE m_min (point_id uuid NOT NULL, minute timestamptz NOT NULL, division_code text NOT NULL, min double precision NOT NULL, max double precision NOT NULL, sum double precision NOT NULL, count integer NOT NULL, last double precision NOT NULL, last_at timestamptz NOT NULL, PRIMARY KEY (point_id, minute));
CREATE TEMP TABLE pts AS SELECT gen_random_uuid() AS id FROM generate_series(1, 100);
-- one hour of 1 Hz readings for 100 points
INSERT INTO m_raw SELECT p.id, timestamptz '2026-12-03 00:00:00+00' + s * interval '1 second', '640502001', random() * 100 FROM pts p, generate_series(0, 3599) s;
INSERT INTO m_min SELECT point_id, date_trunc('minute', at), '640502001', min(value), max(value), sum(value), count(*), (array_agg(value ORDER BY at DESC))[1], max(at) FROM m_raw GROUP BY 1, 2;
SELECT 'raw' AS t, count(*) AS rows, pg_total_relation_size('m_raw') AS bytes, pg_total_relation_size('m_raw') / count(*) AS bytes_per_row FROM m_raw
UNION ALL SELECT 'minute', count(*), pg_total_relation_size('m_min'), pg_total_relation_size('m_min') / count(*) FROM m_min;
-- a trend query: one point, last hour
EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) SELECT date_trunc('minute', at), min(value), max(value), avg(value) FROM m_raw WHERE point_id = (SELECT id FROM pts LIMIT 1) GROUP BY 1 ORDER BY 1;
EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) SELECT minute, min, max, sum / count FROM m_min WHERE point_id = (SELECT id FROM pts LIMIT 1) ORDER BY 1;
DROP TABLE m_raw, m_min;
