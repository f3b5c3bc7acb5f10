-- SECURITY.md DC-02 / PI-02: the risk unit's 联系电话 is sealed (SM4) by the server under a key kept
-- outside the database; beside it the blind index for exact search and the masked form lists show.
-- Values written before this migration are sealed by the risk module's start-up job (the key is not here).
ALTER TABLE risk_unit ADD COLUMN responsible_phone_index text;
ALTER TABLE risk_unit ADD COLUMN responsible_phone_masked text;
CREATE INDEX risk_unit_phone_index ON risk_unit (responsible_phone_index)
  WHERE responsible_phone_index IS NOT NULL;
COMMENT ON COLUMN risk_unit.responsible_phone IS 'sealed: sm4:1:<iv>:<ciphertext>:<tag>';
