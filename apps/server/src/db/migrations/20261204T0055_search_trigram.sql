-- Substring search (issue 14 item 3): GIN trigram indexes serve ILIKE '%q%' for patterns of 3+ characters,
-- Chinese included (the database's C.UTF-8 ctype counts CJK characters as word characters).
-- Shorter patterns fall back to a scan, which the paginated list stops early.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS enterprise_name_trgm ON enterprise USING gin (name gin_trgm_ops);
CREATE INDEX IF NOT EXISTS enterprise_credit_code_trgm ON enterprise USING gin (credit_code gin_trgm_ops);
CREATE INDEX IF NOT EXISTS enterprise_address_trgm ON enterprise USING gin (address gin_trgm_ops);
CREATE INDEX IF NOT EXISTS accident_title_trgm ON accident USING gin (title gin_trgm_ops);
CREATE INDEX IF NOT EXISTS accident_enterprise_name_trgm ON accident USING gin (enterprise_name gin_trgm_ops);
CREATE INDEX IF NOT EXISTS accident_location_trgm ON accident USING gin (location gin_trgm_ops);
