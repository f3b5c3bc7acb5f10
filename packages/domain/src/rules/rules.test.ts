import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import rulesJson from '../../../../reference/law/enforcement-rules.json' with { type: 'json' };
import { AppError } from '../shared/errors.ts';
import {
  enforcementRuleKeys as K,
  parseEnforcementRules,
  procedureRegulationAt,
} from './enforcement-rules.ts';
import { type LegalRule, legalRuleSchema, ruleAt, ruleRef, ruleSetProblems } from './rules.ts';

const r = (
  effectiveFrom: string,
  value: number,
  effectiveTo?: string,
  key = 'x.period',
): LegalRule<number> => ({
  key,
  value,
  effectiveFrom,
  ...(effectiveTo ? { effectiveTo } : {}),
  citation: `c${value}`,
  verified: true,
});

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
  return undefined;
};

describe('ruleAt picks the version in force', () => {
  const chain = [r('2020-01-01', 60, '2022-01-01'), r('2022-01-01', 30)];
  it.each([
    ['2020-01-01', 60, 'first day of the first version'],
    ['2021-12-31', 60, 'last day before the change'],
    ['2022-01-01', 30, 'effectiveTo is exclusive: the successor applies on its first day'],
    ['2030-06-30', 30, 'open-ended version'],
  ])('%s → %i (%s)', (date, value) => {
    expect(ruleAt(chain, 'x.period', date).value).toBe(value);
  });

  it('before the first version: no rule', () => {
    expect(codeOf(() => ruleAt(chain, 'x.period', '2019-12-31'))).toBe('RULE_NOT_IN_FORCE');
  });

  it('an unknown key: no rule', () => {
    expect(codeOf(() => ruleAt(chain, 'y.period', '2021-01-01'))).toBe('RULE_NOT_IN_FORCE');
  });

  it('a gap between versions: no rule inside it, the next version after', () => {
    const gap = [r('2020-01-01', 60, '2021-01-01'), r('2021-07-01', 30)];
    expect(codeOf(() => ruleAt(gap, 'x.period', '2021-03-01'))).toBe('RULE_NOT_IN_FORCE');
    expect(ruleAt(gap, 'x.period', '2021-07-01').value).toBe(30);
    expect(ruleSetProblems(gap)).toEqual([
      { kind: 'gap', key: 'x.period', from: '2021-01-01', to: '2021-07-01' },
    ]);
  });

  it('an overlap (older version never closed): the newer text wins from its first day', () => {
    const overlap = [r('2020-01-01', 60), r('2022-01-01', 30)];
    expect(ruleAt(overlap, 'x.period', '2021-12-31').value).toBe(60);
    expect(ruleAt(overlap, 'x.period', '2022-01-01').value).toBe(30);
    expect(ruleSetProblems(overlap)).toEqual([
      {
        kind: 'overlap',
        key: 'x.period',
        older: 'x.period@2020-01-01',
        newer: 'x.period@2022-01-01',
        from: '2022-01-01',
      },
    ]);
  });

  it('a tie (two versions from the same day) is ambiguous, on every day both are in force', () => {
    const tie = [r('2020-01-01', 60, '2021-01-01'), r('2021-01-01', 30), r('2021-01-01', 45)];
    expect(ruleAt(tie, 'x.period', '2020-06-01').value).toBe(60);
    expect(codeOf(() => ruleAt(tie, 'x.period', '2021-01-01'))).toBe('RULE_AMBIGUOUS');
    expect(ruleSetProblems(tie)).toEqual([{ kind: 'tie', key: 'x.period', effectiveFrom: '2021-01-01' }]);
  });

  it('keys are independent', () => {
    const mixed = [r('2020-01-01', 1, undefined, 'a.one'), r('2021-01-01', 2, undefined, 'b.two')];
    expect(ruleSetProblems(mixed)).toEqual([]);
    expect(ruleAt(mixed, 'b.two', '2021-01-01').value).toBe(2);
  });

  it('the version reference a computation stores', () => {
    expect(ruleRef(chain[1]!)).toEqual({
      key: 'x.period',
      version: 'x.period@2022-01-01',
      effectiveFrom: '2022-01-01',
      citation: 'c30',
      verified: true,
    });
  });

  it('the schema refuses an effectiveTo not after effectiveFrom, and a malformed key', () => {
    const schema = legalRuleSchema(z.number());
    const ok = { key: 'x.period', value: 1, effectiveFrom: '2021-01-01', citation: 'c', verified: true };
    expect(schema.safeParse(ok).success).toBe(true);
    expect(schema.safeParse({ ...ok, effectiveTo: '2021-01-01' }).success).toBe(false);
    expect(schema.safeParse({ ...ok, key: 'X period' }).success).toBe(false);
    expect(schema.safeParse({ ...ok, effectiveFrom: '2021-02-30' }).success).toBe(false);
  });
});

describe('reference/law/enforcement-rules.json', () => {
  const rules = parseEnforcementRules(rulesJson);

  it('parses with no tie, gap or overlap and only known keys', () => {
    expect(ruleSetProblems(rules)).toEqual([]);
    expect(new Set(rules.map((x) => x.key))).toEqual(new Set(Object.values(K)));
  });

  it.each([
    [K.decision, '2026-03-01', { count: 90, unit: 'calendarDays', startsAt: 'filed' }],
    [K.hearingRequest, '2026-03-01', { count: 5, unit: 'workingDays', startsAt: 'noticeServed' }],
    [K.serviceWhenAbsent, '2026-03-01', { count: 7, unit: 'workingDays', startsAt: 'decided' }],
    [K.payment, '2026-03-01', { count: 15, unit: 'calendarDays', startsAt: 'decisionServed' }],
    [K.publicationWithdrawal, '2026-03-01', { count: 3, unit: 'workingDays' }],
    [K.publicNotice, '2021-12-31', { count: 60, unit: 'calendarDays' }],
    [K.publicNotice, '2022-01-01', { count: 30, unit: 'calendarDays' }],
    [K.lateSurcharge, '2026-03-01', { percentPerDay: 3, capMultipleOfFine: 1 }],
    [K.procedure, '2015-04-30', { number: '国家安全生产监督管理总局令第15号' }],
    [
      K.procedure,
      '2026-01-31',
      { number: '国家安全生产监督管理总局令第15号，根据国家安全监管总局令第77号修正' },
    ],
    [K.procedure, '2026-02-01', { number: '应急管理部令第18号' }],
  ] as const)('%s on %s', (key, date, expected) => {
    expect(ruleAt(rules, key, date).value).toMatchObject(expected);
  });

  it('the 60-day 公告送达 is shipped but marked unverified, with the reason', () => {
    const old = ruleAt(rules, K.publicNotice, '2021-06-01');
    expect(old.verified).toBe(false);
    expect(old.note).toMatch(/not checked/);
    expect(ruleAt(rules, K.publicNotice, '2022-01-01').verified).toBe(true);
  });

  it('no 行政处罚法 (2021) period before it took effect on 2021-07-15', () => {
    expect(codeOf(() => ruleAt(rules, K.decision, '2021-07-14'))).toBe('RULE_NOT_IN_FORCE');
    expect(ruleAt(rules, K.decision, '2021-07-15').citation).toMatch(/第六十条/);
  });

  it('refuses an unknown key or a value of the wrong kind', () => {
    const bad = (rule: object) => () => parseEnforcementRules({ rules: [rule] });
    const base = { effectiveFrom: '2021-07-15', citation: 'c', verified: true };
    expect(
      bad({
        ...base,
        key: 'case.unknown',
        value: { kind: 'surcharge', percentPerDay: 3, capMultipleOfFine: 1 },
      }),
    ).toThrow('未知的规则键');
    expect(
      bad({
        ...base,
        key: 'case.payment',
        value: { kind: 'period', count: 0, unit: 'calendarDays', startsAt: 'x' },
      }),
    ).toThrow();
    expect(
      bad({
        ...base,
        key: 'case.payment',
        effectiveTo: '2021-07-15',
        value: { kind: 'surcharge', percentPerDay: 3, capMultipleOfFine: 1 },
      }),
    ).toThrow();
  });
});

describe('procedure rules in force on the day of a step (程序从新)', () => {
  const rules = parseEnforcementRules(rulesJson);
  it.each([
    ['2015-04-30', '国家安全生产监督管理总局令第15号', 'procedure.regulation@2008-01-01'],
    [
      '2015-05-01',
      '国家安全生产监督管理总局令第15号，根据国家安全监管总局令第77号修正',
      'procedure.regulation@2015-05-01',
    ],
    [
      '2026-01-31',
      '国家安全生产监督管理总局令第15号，根据国家安全监管总局令第77号修正',
      'procedure.regulation@2015-05-01',
    ],
    ['2026-02-01', '应急管理部令第18号', 'procedure.regulation@2026-02-01'],
  ])('%s → %s', (date, number, version) => {
    expect(procedureRegulationAt(rules, date)).toMatchObject({ number, basis: { version, verified: true } });
  });
});
