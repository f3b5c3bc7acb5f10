-- 行政处罚法 第五十八条: a 法制审核 may also be asked after the notice (the party asked no hearing); the case
-- returns to 已告知 when it passes (packages/domain/src/enforcement/case-machine.ts).
ALTER TABLE enforcement_case DROP CONSTRAINT IF EXISTS enforcement_case_legal_review_return_to_check;
ALTER TABLE enforcement_case ADD CONSTRAINT enforcement_case_legal_review_return_to_check
  CHECK (legal_review_return_to IN ('reviewing', 'notified', 'heard'));
