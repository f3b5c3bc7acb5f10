-- Hazard indexes measured at province scale (5 000 000 hazards, BENCHMARKS.md).
--
-- The open-hazard worklist (status <> 'accepted', newest first, one county or the whole scope): partial
-- indexes hold only the open rows, so the page and its capped count walk those instead of skipping every
-- closed hazard on the way (county page + count 57 → 9 ms on the server).
CREATE INDEX hazard_open_division_time_idx ON hazard (division_code text_pattern_ops, reported_at DESC, id)
  WHERE status <> 'accepted';
CREATE INDEX hazard_open_time_idx ON hazard (reported_at DESC, id) WHERE status <> 'accepted';

-- Open hazards past their deadline in the current month are counted live on every dashboard (decision
-- 0009): with the scope's columns in the deadline index that count no longer visits the table
-- (9 341 such hazards in a province: 15–520 ms → 2–12 ms).
DROP INDEX hazard_open_deadline_idx;
CREATE INDEX hazard_open_deadline_idx ON hazard (deadline) INCLUDE (division_code, sector) WHERE status <> 'accepted';

-- Statistics of a bounded period count their distinct reporting enterprises and open overdue hazards live
-- (decision 0009): the newest-first index of 0007 now carries those columns, so that pass is an index-only
-- scan of the period instead of a scan of the table (one year of a province 1.5 s → 0.3 s).
DROP INDEX hazard_time_idx;
CREATE INDEX hazard_time_idx ON hazard (reported_at DESC, id) INCLUDE (division_code, enterprise_id, status, deadline);
