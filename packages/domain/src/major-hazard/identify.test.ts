import { describe, expect, it } from 'vitest';
import gb18218 from '../../../../reference/standards/gb18218-2018.json' with { type: 'json' };
import { AppError, type ErrorCode } from '../shared/errors.ts';
import { assessMajorHazard, exposureAlpha, majorHazardLevel, resolveChemical } from './identify.ts';
import {
  type MajorHazardCalcInput,
  type MajorHazardChemicalInput,
  majorHazardCalcBody,
  majorHazardCalcResult,
} from './major-hazard.schemas.ts';
import { div, ratio, ratioText } from './ratio.ts';
import { type MajorHazardLevel, type MajorHazardTables, parseGb18218Json } from './tables.ts';

const tables = parseGb18218Json(gb18218);

type Chem = Omit<MajorHazardChemicalInput, 'q'> & { q?: MajorHazardChemicalInput['q'] };
const resolve = (c: Chem, t: MajorHazardTables = tables) => {
  const r = resolveChemical(t, { q: 1, ...c });
  return { ...r, Q: ratioText(r.Q), beta: ratioText(r.beta) };
};
const assess = (exposedPeople: number, chemicals: MajorHazardCalcInput['chemicals']) =>
  assessMajorHazard(tables, majorHazardCalcBody.parse({ exposedPeople, chemicals }));

function domainError(fn: () => unknown): { code: ErrorCode; field: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const [detail] = e.details as { field: string; message: string }[];
    expect(detail?.message).toBe(e.message);
    return { code: e.code, field: detail!.field, message: e.message };
  }
  throw new Error('expected a domain error');
}

/** 表3 gases that are 表1 rows, with the β 表3 gives them (worked from the standard's text). */
const table3Rows: Record<number, string> = {
  1: '2', // 氨
  3: '10', // 二氧化氮
  4: '2', // 二氧化硫
  6: '20', // 碳酰氯
  7: '2', // 环氧乙烷
  9: '20', // 磷化氢
  10: '5', // 硫化氢
  11: '3', // 氯化氢（无水） — 表3 calls it 氯化氢
  12: '4', // 氯
  17: '3', // 溴甲烷
  20: '5', // 氟化氢
  25: '10', // 氰化氢
  30: '20', // 异氰酸甲酯
};
/** CAS numbers that several 表1 rows share: only the name tells which row applies. */
const sharedCas: Record<string, number[]> = {
  '9004-70-0': [37, 38, 39, 40, 41, 42],
  '6484-52-2': [43, 44],
};
const sharedAliases: Record<string, number[]> = { 硝化棉: [37, 38, 39, 40, 41] };

describe('Table 1: every row resolves by its name, aliases and CAS numbers (4.1.2 a)', () => {
  const rows = tables.namedChemicals.map((r) => [r.seq, r.name, r] as const);

  it.each(rows)('row %i %s by name', (seq, name, row) => {
    const beta = table3Rows[seq];
    const r = resolve(beta ? { name } : { name, beta: 1 });
    expect(r).toMatchObject({
      table1Seq: seq,
      name,
      Q: ratioText(ratio(row.criticalQuantity)),
      source: 'table1',
    });
    expect(r).toMatchObject(beta ? { beta, betaSource: 'table3' } : { beta: '1', betaSource: 'explicit' });
  });

  it.each(rows)('row %i %s by each alias', (seq, _name, row) => {
    for (const alias of row.aliases) {
      if (sharedAliases[alias]) continue;
      expect(resolve({ name: alias, beta: table3Rows[seq] ?? 1 }).table1Seq, alias).toBe(seq);
    }
  });

  it.each(rows)('row %i %s by each CAS number', (seq, _name, row) => {
    for (const cas of row.cas) {
      if (sharedCas[cas]) continue;
      expect(resolve({ cas, beta: table3Rows[seq] ?? 1 }).table1Seq, cas).toBe(seq);
    }
  });

  it('three rows have no CAS number and are found by name only', () => {
    expect(tables.namedChemicals.filter((r) => r.cas.length === 0).map((r) => r.seq)).toEqual([13, 45, 74]);
  });

  it.each(Object.entries(sharedCas))('CAS %s is shared by rows %j: the error lists them', (cas, seqs) => {
    const err = domainError(() => resolve({ cas }));
    expect(err).toMatchObject({ code: 'MAJOR_HAZARD_AMBIGUOUS_CHEMICAL', field: 'chemical.cas' });
    for (const seq of seqs) expect(err.message).toContain(`${seq} ${tables.namedChemicals[seq - 1]!.name}`);
  });

  it('the alias 硝化棉 names rows 37–41 with Q from 1 t to 50 t: ambiguous, never a guess', () => {
    expect(domainError(() => resolve({ name: '硝化棉' })).code).toBe('MAJOR_HAZARD_AMBIGUOUS_CHEMICAL');
    expect(resolve({ name: '硝化纤维素（含水≥25%)', beta: 2 })).toMatchObject({ table1Seq: 41, Q: '50' });
  });

  it('names match across full- and half-width forms and spaces', () => {
    expect(resolve({ name: '甲醛(含量>90%)', beta: 1 })).toMatchObject({ table1Seq: 8, Q: '5' });
    expect(resolve({ name: '煤气(CO,CO和H2、CH4的混合物等)', beta: 1 })).toMatchObject({ table1Seq: 13 });
    expect(resolve({ name: ' 液 氯 ' })).toMatchObject({ table1Seq: 12, name: '氯' });
  });

  it('a concentration qualifier is part of the name: 甲醛 without "含量＞90%" is not row 8', () => {
    expect(domainError(() => resolve({ name: '甲醛' })).code).toBe('MAJOR_HAZARD_UNKNOWN_CHEMICAL');
  });

  it('Table 1 decides Q even where one of the chemical’s categories has a lower one', () => {
    // 甲醇 row 65 (500 t); W5.1 alone would give 10 t. β still follows its category (表4, W5.1: 1.5).
    expect(resolve({ name: '甲醇', symbol: 'W5.1' })).toMatchObject({
      Q: '500',
      source: 'table1',
      beta: '3/2',
      betaSource: 'table4',
    });
  });
});

describe('β (4.3.2): Table 3 for the named toxic gases, otherwise Table 4 by category', () => {
  it.each([
    ['氯', '4'],
    ['液氯', '4'],
    ['氨', '2'],
    ['液氨', '2'],
    ['硫化氢', '5'],
    ['碳酰氯', '20'],
    ['光气', '20'],
    ['磷化氢', '20'],
    ['氯化氢（无水）', '3'],
    ['异氰酸甲酯', '20'],
    ['溴甲烷', '3'],
  ])('%s: β = %s from Table 3 (gotcha 3)', (name, beta) => {
    expect(resolve({ name })).toMatchObject({ beta, betaSource: 'table3' });
  });

  it('Table 3 wins over the categories: 硫化氢 is W2 and J3 (表4: 1.5, 2) and takes 表3’s 5', () => {
    expect(resolve({ name: '硫化氢', symbol: ['W2', 'J3'] })).toMatchObject({
      beta: '5',
      betaSource: 'table3',
    });
  });

  it('砷化氢 is not in the 2018 Table 3 (the 2009-era list is wrong): β comes from its categories', () => {
    expect(domainError(() => resolve({ name: '砷化氢' }))).toMatchObject({
      code: 'MAJOR_HAZARD_BETA_UNDETERMINED',
      field: 'chemical.symbol',
    });
  });

  // Gotcha 2: 表1 chemicals outside 表3 take β from 表4 through their hazard category.
  it.each([
    ['液化石油气（含丙烷、丁烷及其混合物）', 'W2', '50', '3/2'],
    ['氢', 'W2', '5', '3/2'],
    ['甲醇', 'W5.3', '500', '1'],
    ['汽油（乙醇汽油、甲醇汽油）', 'W5.1', '200', '3/2'],
  ])('%s as %s: Q = %s t (表1), β = %s (表4) — gotcha 2', (name, symbol, Q, beta) => {
    expect(resolve({ name, symbol })).toMatchObject({ Q, beta, source: 'table1', betaSource: 'table4' });
    expect(domainError(() => resolve({ name })).code).toBe('MAJOR_HAZARD_BETA_UNDETERMINED');
  });

  it('several categories with different β: the standard does not say which, so β must be given (gotcha 2)', () => {
    // 砷化氢: 易燃气体 (W2, β 1.5) and 急性毒性 gas category 2 (J3, β 2).
    const err = domainError(() => resolve({ name: '砷化氢', symbol: ['W2', 'J3'] }));
    expect(err).toMatchObject({ code: 'MAJOR_HAZARD_BETA_UNDETERMINED', field: 'chemical.beta' });
    expect(err.message).toContain('W2 为 1.5，J3 为 2');
    expect(resolve({ name: '砷化氢', symbol: ['W2', 'J3'], beta: 2 })).toMatchObject({
      Q: '1',
      beta: '2',
      betaSource: 'explicit',
    });
  });

  it('several categories with the same β need no choice', () => {
    expect(resolve({ symbol: ['W5.3', 'J5'] })).toMatchObject({ beta: '1', betaSource: 'table4' });
  });
});

describe('a chemical not in Table 1 takes the lowest Q of its categories (4.1.2 b)', () => {
  it.each<[string[], string, string]>([
    [['W5.4'], '5000', '1'],
    [['W5.3', 'J5'], '500', '1'],
    [['J5', 'W5.3'], '500', '1'],
    [['W9.2', 'W10', 'W11'], '200', '1'],
    [['W1.3', 'W1.1'], '1', '2'],
    [['W3'], '150', '1'],
  ])('%j → Q = %s t, β = %s', (symbol, Q, beta) => {
    expect(resolve({ symbol })).toMatchObject({ Q, beta, source: 'table2', table1Seq: null });
  });

  it('symbols are read case- and width-insensitively and reported as the table prints them', () => {
    expect(resolve({ symbol: ['w5.4', 'Ｗ２'], beta: 1.5 }).symbols).toEqual(['W5.4', 'W2']);
  });

  it('a name not in Table 1 with its categories is a chemical assessed by Table 2, under that name', () => {
    expect(resolve({ name: '乙酸丁酯', symbol: 'W5.4' })).toMatchObject({
      name: '乙酸丁酯',
      Q: '5000',
      source: 'table2',
    });
    expect(resolve({ symbol: ['W2', 'J3'], beta: 2 }).name).toBe('易燃气体（W2）、急性毒性（J3）');
  });

  it('一氧化碳 is in Table 3 but not named in Table 1: Q from its categories, β = 2 from Table 3', () => {
    expect(resolve({ name: '一氧化碳', symbol: ['W2', 'J3'] })).toMatchObject({
      Q: '10',
      beta: '2',
      source: 'table2',
      betaSource: 'table3',
    });
  });

  it('an administrator’s alias takes effect at once: 一氧化碳 under row 13 (煤气(CO, …)) gets Q = 20 t', () => {
    const edited = structuredClone(tables);
    edited.namedChemicals[12]!.aliases.push('一氧化碳');
    expect(resolve({ name: '一氧化碳' }, edited)).toMatchObject({ table1Seq: 13, Q: '20', beta: '2' });
    // β follows the gas named, not the row: 煤气 itself is not in 表3.
    expect(resolve({ name: '煤气(CO,CO和H₂、CH₄的混合物等）', symbol: 'W2' }, edited)).toMatchObject({
      beta: '3/2',
      betaSource: 'table4',
    });
  });
});

describe('mixtures (4.2.3)', () => {
  it('a mixture in its pure substance’s category counts as that substance, with q the whole mixture', () => {
    const r = assess(0, [{ name: '氨', q: 12, mixture: 'same-category' }]);
    expect(r.terms[0]).toMatchObject({
      name: '氨',
      q: 12,
      Q: 10,
      beta: 2,
      ratio: 1.2,
      mixture: 'same-category',
    });
    expect(r).toMatchObject({ isMajor: true, exact: { S: '6/5' } });
  });

  it('a mixture in a new category is assessed by that category: 表1 and 表3 no longer apply', () => {
    const r = resolve({ name: '氯', symbol: 'J3', mixture: 'new-category', q: 12 });
    expect(r).toMatchObject({
      name: '氯',
      Q: '50',
      beta: '2',
      source: 'table2',
      betaSource: 'table4',
      table1Seq: null,
      mixture: 'new-category',
    });
  });

  it.each<[string, Chem, string]>([
    ['a new-category mixture without its category', { name: '氯', mixture: 'new-category' }, 'symbol'],
    [
      'a new-category mixture by the pure CAS',
      { cas: '7782-50-5', symbol: 'J3', mixture: 'new-category' },
      'cas',
    ],
    [
      'a same-category mixture without its pure substance',
      { symbol: 'W2', mixture: 'same-category' },
      'name',
    ],
  ])('the request schema rejects %s', (_what, chem, field) => {
    const parsed = majorHazardCalcBody.safeParse({ exposedPeople: 0, chemicals: [{ q: 1, ...chem }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['chemicals', 0, field]);
  });
});

describe('α (Table 5) by the people within 500 m of the plant boundary', () => {
  it.each([
    [0, '1/2'],
    [1, '1'],
    [29, '1'],
    [30, '6/5'],
    [49, '6/5'],
    [50, '3/2'],
    [99, '3/2'],
    [100, '2'],
    [250_000, '2'],
  ])('%i people → α = %s', (people, alpha) => {
    expect(ratioText(exposureAlpha(tables, people))).toBe(alpha);
  });
});

describe('S = Σ q/Q ≥ 1 is a major hazard source (4.2.1), decided exactly', () => {
  it.each<[string, string, boolean, number, MajorHazardCalcInput['chemicals']]>([
    ['光气 at its Q', '1', true, 1, [{ name: '光气', q: 0.3 }]],
    ['氯 just below Q', '499/500', false, 0.998, [{ name: '氯', q: 4.99 }]],
    ['氯 at Q', '1', true, 1, [{ name: '氯', q: 5 }]],
    [
      '氨 and 氯, half each',
      '1',
      true,
      1,
      [
        { name: '氨', q: 5 },
        { name: '氯', q: 2.5 },
      ],
    ],
    [
      '0.7 + 0.2 + 0.1 (float: 0.9999999999999999)',
      '1',
      true,
      1,
      [
        { name: '硫化氢', q: 3.5 },
        { name: '磷化氢', q: 0.2 },
        { name: '氟', q: 0.1, beta: 1 },
      ],
    ],
    ['thirds: 3 × 0.25/0.75', '1', true, 1, Array(3).fill({ name: '异氰酸甲酯', q: 0.25 })],
    [
      '甲醇 a hair below (the display is cut, not rounded up)',
      '49999/50000',
      false,
      0.9999,
      [{ name: '甲醇', q: '499.99', symbol: 'W5.3' }],
    ],
    ['an empty unit', '0', false, 0, []],
  ])('%s → S = %s, major: %s', (_what, S, isMajor, shown, chemicals) => {
    const r = assess(10, chemicals);
    expect(r).toMatchObject({ isMajor, S: shown, exact: { S } });
    if (!isMajor) expect(r.level).toBeNull();
  });

  it('the three-gas case really is one a float sum gets wrong', () => {
    expect(3.5 / 5 + 0.2 / 1 + 0.1 / 1).toBeLessThan(1);
  });
});

describe('R = α·Σ β·q/Q and the level (4.3.2, Table 6): each threshold belongs to the higher level', () => {
  // α·β for 异氰酸甲酯 (Q 0.75 t, β 20) with 30–49 people (α 1.2) is 24, so R = 32·q.
  it.each<[string, string, MajorHazardLevel, number, MajorHazardCalcInput['chemicals']]>([
    ['R = 100 (float: 99.99999999999999)', '100', '一级', 40, [{ name: '异氰酸甲酯', q: 3.125 }]],
    ['R just below 100', '62498/625', '二级', 40, [{ name: '异氰酸甲酯', q: 3.1249 }]],
    ['R = 50 (float: 49.99999999999999)', '50', '二级', 40, [{ name: '异氰酸甲酯', q: 1.5625 }]],
    ['R just below 50', '31248/625', '三级', 40, [{ name: '异氰酸甲酯', q: 1.5624 }]],
    [
      // 0.5 × (4·6/5 + 20·0.57/0.75) = 0.5 × (4.8 + 15.2); float: 9.999999999999998
      'R = 10 with nobody exposed',
      '10',
      '三级',
      0,
      [
        { name: '氯', q: 6 },
        { name: '异氰酸甲酯', q: 0.57 },
      ],
    ],
    [
      'R just below 10',
      '7499/750',
      '四级',
      0,
      [
        { name: '氯', q: 6 },
        { name: '异氰酸甲酯', q: 0.5699 },
      ],
    ],
    ['氯 at Q with nobody exposed: 0.5 × 4', '2', '四级', 0, [{ name: '氯', q: 5 }]],
  ])('%s → R = %s, %s', (_what, R, level, people, chemicals) => {
    const r = assess(people, chemicals);
    expect(r.isMajor).toBe(true);
    expect(r.exact.R).toBe(R);
    expect(r.level).toBe(level);
    expect(majorHazardLevel(tables, fraction(R))).toBe(level);
  });

  it('the threshold cases really are ones float arithmetic gets wrong', () => {
    expect(1.2 * ((20 * 3.125) / 0.75)).toBeLessThan(100);
    expect(1.2 * ((20 * 1.5625) / 0.75)).toBeLessThan(50);
    expect(0.5 * ((4 * 6) / 5 + (20 * 0.57) / 0.75)).toBeLessThan(10);
  });
});

/** "a/b" → the exact ratio. */
function fraction(text: string) {
  const [n, d = '1'] = text.split('/');
  return div(ratio(n!), ratio(d));
}

describe('the calculator of POST /api/calc/major-hazard', () => {
  it('answers the issue’s example: S = 14.0046 → major; α = 2 (120 people); R = 96.0092 → 二级', () => {
    const r = assess(120, [
      { name: '氯', q: 25 },
      { cas: '7782-50-5', q: 25 },
      { symbol: 'W5.4', q: 23 },
      { q: 80, Q: 20, beta: 2 },
    ]);
    // S = 25/5 + 25/5 + 23/5000 + 80/20 = 14.0046; R = 2 × (4·5 + 4·5 + 1·0.0046 + 2·4) = 96.0092.
    expect(r).toEqual({
      S: 14.0046,
      isMajor: true,
      alpha: 2,
      R: 96.0092,
      level: '二级',
      exact: { S: '70023/5000', R: '240023/2500' },
      tablesVersion: 'GB 18218-2018',
      tablesRevision: 0,
      terms: [
        {
          name: '氯',
          q: 25,
          Q: 5,
          beta: 4,
          ratio: 5,
          source: 'table1',
          betaSource: 'table3',
          table1Seq: 12,
          symbols: [],
          mixture: null,
        },
        {
          name: '氯',
          q: 25,
          Q: 5,
          beta: 4,
          ratio: 5,
          source: 'table1',
          betaSource: 'table3',
          table1Seq: 12,
          symbols: [],
          mixture: null,
        },
        {
          name: '易燃液体（W5.4）',
          q: 23,
          Q: 5000,
          beta: 1,
          ratio: 0.0046,
          source: 'table2',
          betaSource: 'table4',
          table1Seq: null,
          symbols: ['W5.4'],
          mixture: null,
        },
        {
          name: '自定义',
          q: 80,
          Q: 20,
          beta: 2,
          ratio: 4,
          source: 'explicit',
          betaSource: 'explicit',
          table1Seq: null,
          symbols: [],
          mixture: null,
        },
      ],
    });
    expect(majorHazardCalcResult.parse(r)).toEqual(r);
  });

  it('accepts q as a decimal string, exactly', () => {
    expect(assess(0, [{ name: '光气', q: '0.3' }]).exact.S).toBe('1');
  });

  it.each<[string, Chem, ErrorCode, string, string]>([
    [
      'an unknown name',
      { name: '液氯气' },
      'MAJOR_HAZARD_UNKNOWN_CHEMICAL',
      'chemicals.1.name',
      '表1中没有「液氯气」',
    ],
    [
      'an unknown CAS',
      { cas: '64-19-7' },
      'MAJOR_HAZARD_UNKNOWN_CHEMICAL',
      'chemicals.1.cas',
      'CAS 号为 64-19-7',
    ],
    ['an unknown symbol', { symbol: 'W12' }, 'MAJOR_HAZARD_UNKNOWN_SYMBOL', 'chemicals.1.symbol', '「W12」'],
    [
      'an unknown symbol in a list',
      { symbol: ['W2', 'J9'] },
      'MAJOR_HAZARD_UNKNOWN_SYMBOL',
      'chemicals.1.symbol.1',
      '「J9」',
    ],
    [
      'a Q against Table 1',
      { name: '氯', Q: 10, beta: 4 },
      'MAJOR_HAZARD_STANDARD_CONFLICT',
      'chemicals.1.Q',
      '表1规定为 5 t',
    ],
    [
      'a β against Table 3',
      { name: '氯', beta: 1 },
      'MAJOR_HAZARD_STANDARD_CONFLICT',
      'chemicals.1.beta',
      '表3规定为 4',
    ],
  ])('%s is a domain error that says which (%s)', (_what, chem, code, field, message) => {
    const err = domainError(() =>
      assess(0, [
        { name: '氨', q: 1 },
        { q: 1, ...chem },
      ]),
    );
    expect(err).toMatchObject({ code, field });
    expect(err.message).toContain(message);
  });

  it('a Q or β equal to the standard’s is no conflict', () => {
    expect(resolve({ name: '氯', Q: '5.0', beta: 4 })).toMatchObject({ Q: '5', beta: '4', source: 'table1' });
  });

  it('an explicit Q and β stand for a chemical the tables do not settle', () => {
    expect(resolve({ name: '某中间体', Q: 20, beta: 2 })).toMatchObject({
      name: '某中间体',
      Q: '20',
      beta: '2',
      source: 'explicit',
      betaSource: 'explicit',
    });
  });
});

describe('the request schema', () => {
  const parse = (chemicals: unknown[], exposedPeople: unknown = 0) =>
    majorHazardCalcBody.safeParse({ exposedPeople, chemicals });

  it('accepts the four forms of the issue', () => {
    expect(
      parse([
        { name: '氯', q: 25 },
        { cas: '7782-50-5', q: 25 },
        { symbol: 'W5.4', q: 23 },
        { q: 80, Q: 20, beta: 2 },
      ]).success,
    ).toBe(true);
  });

  it.each<[string, unknown[], unknown]>([
    ['no identity', [{ q: 1 }], 0],
    ['name and CAS together', [{ name: '氯', cas: '7782-50-5', q: 1 }], 0],
    ['Q without β', [{ q: 1, Q: 5 }], 0],
    ['Q beside categories', [{ symbol: 'W2', q: 1, Q: 5, beta: 1 }], 0],
    ['a CAS with a wrong check digit', [{ cas: '7782-50-6', q: 1 }], 0],
    ['a negative q', [{ name: '氯', q: -1 }], 0],
    ['Q = 0', [{ q: 1, Q: 0, beta: 1 }], 0],
    ['β = "0.0"', [{ q: 1, Q: 1, beta: '0.0' }], 0],
    ['a decimal string with an exponent', [{ name: '氯', q: '1e999999' }], 0],
    ['an unknown field', [{ name: '氯', q: 1, unit: 'kg' }], 0],
    ['fractional people', [{ name: '氯', q: 1 }], 1.5],
    ['negative people', [{ name: '氯', q: 1 }], -1],
  ])('rejects %s', (_what, chemicals, people) => {
    expect(parse(chemicals, people).success).toBe(false);
  });
});
