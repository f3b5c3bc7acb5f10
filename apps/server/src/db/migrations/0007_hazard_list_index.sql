-- Newest-first hazard pages walk this index across the whole scope instead of sorting it (BENCHMARKS.md).
CREATE INDEX hazard_time_idx ON hazard (reported_at DESC, id);
