import { describe, expect, it } from 'vitest';
import gb18218 from '../../../../reference/standards/gb18218-2018.json' with { type: 'json' };
import {
  type MajorHazardTables,
  isValidCas,
  majorHazardTablesSchema,
  nameKey,
  parseGb18218Json,
} from './tables.ts';

const tables = parseGb18218Json(gb18218);

describe('GB 18218-2018 reference tables (reference/standards/gb18218-2018.json)', () => {
  it('loads every table whole', () => {
    expect(tables.version).toBe('GB 18218-2018');
    expect(tables.namedChemicals.map((c) => c.seq)).toEqual(Array.from({ length: 85 }, (_, i) => i + 1));
    expect(tables.hazardCategories).toHaveLength(24);
    expect(tables.toxicGasBetas).toHaveLength(14);
    expect(tables.categoryBetas).toHaveLength(24);
    expect(tables.alphas).toHaveLength(5);
    expect(tables.levels).toHaveLength(4);
  });

  it('keeps each Table 1 row as printed: name, Q, CAS numbers (all with valid check digits)', () => {
    tables.namedChemicals.forEach((row, i) => {
      const src = gb18218.table1[i]!;
      expect(row).toMatchObject({ seq: src.seq, name: src.name, cas: src.cas });
      expect(Number(row.criticalQuantity)).toBe(src.critical_t);
      for (const cas of row.cas) expect(isValidCas(cas), cas).toBe(true);
    });
  });

  it.each([
    [1, '氨', ['液氨', '氨气']],
    [14, '砷化氢', ['砷化三氢', '胂']],
    [18, '丙酮氰醇', ['丙酮合氰化氢', '2-羟基异丁腈', '氰丙醇']],
    [21, '1-氯-2,3-环氧丙烷', ['环氧氯丙烷 (3-氯-1,2-环氧丙烷）']],
    [52, '液化石油气（含丙烷、丁烷及其混合物）', ['石油气（液化的）']],
    [71, '过乙酸', ['过醋酸', '过氧乙酸', '乙酰过氧化氢']],
    [3, '二氧化氮', []],
  ])('row %i %s has the aliases %j (split at ；/、, never at the commas of a name)', (seq, name, aliases) => {
    expect(tables.namedChemicals[seq - 1]).toMatchObject({ seq, name, aliases });
  });

  // Worked from the standard's Tables 2 and 4: symbol → Q (t) and β.
  it.each([
    ['J1', '急性毒性', '5', '4'],
    ['J2', '急性毒性', '50', '1'],
    ['J3', '急性毒性', '50', '2'],
    ['J4', '急性毒性', '50', '2'],
    ['J5', '急性毒性', '500', '1'],
    ['W1.1', '爆炸物', '1', '2'],
    ['W1.2', '爆炸物', '10', '2'],
    ['W1.3', '爆炸物', '50', '2'],
    ['W2', '易燃气体', '10', '1.5'],
    ['W3', '气溶胶', '150', '1'],
    ['W4', '氧化性气体', '50', '1'],
    ['W5.1', '易燃液体', '10', '1.5'],
    ['W5.2', '易燃液体', '50', '1'],
    ['W5.3', '易燃液体', '1000', '1'],
    ['W5.4', '易燃液体', '5000', '1'],
    ['W6.1', '自反应物质和混合物', '10', '1.5'],
    ['W6.2', '自反应物质和混合物', '50', '1'],
    ['W7.1', '有机过氧化物', '10', '1.5'],
    ['W7.2', '有机过氧化物', '50', '1'],
    ['W8', '自燃液体和自燃固体', '50', '1'],
    ['W9.1', '氧化性固体和液体', '50', '1'],
    ['W9.2', '氧化性固体和液体', '200', '1'],
    ['W10', '易燃固体', '200', '1'],
    ['W11', '遇水放出易燃气体的物质和混合物', '200', '1'],
  ])('Table 2/4: %s (%s) Q = %s t, β = %s', (symbol, category, Q, beta) => {
    expect(tables.hazardCategories.find((c) => c.symbol === symbol)).toMatchObject({
      category,
      criticalQuantity: Q,
    });
    expect(tables.categoryBetas.find((c) => c.symbol === symbol)?.beta).toBe(beta);
  });

  it('Table 2 keeps the note on aerosols (净重)', () => {
    expect(tables.hazardCategories.find((c) => c.symbol === 'W3')?.note).toBe('净重');
  });

  it('Table 3: the 14 toxic gases of the 2018 edition and their β', () => {
    expect(Object.fromEntries(tables.toxicGasBetas.map((g) => [g.name, g.beta]))).toEqual({
      一氧化碳: '2',
      二氧化硫: '2',
      氨: '2',
      环氧乙烷: '2',
      氯化氢: '3',
      溴甲烷: '3',
      氯: '4',
      硫化氢: '5',
      氟化氢: '5',
      二氧化氮: '10',
      氰化氢: '10',
      碳酰氯: '20',
      磷化氢: '20',
      异氰酸甲酯: '20',
    });
  });

  it('Table 3 names Table 1 rows (氯化氢 as 氯化氢（无水）), except 一氧化碳, which Table 1 has only inside 煤气', () => {
    const bare = (n: string) => nameKey(n).replace(/\([^()]*\)$/, '');
    const rowNames = new Set(tables.namedChemicals.flatMap((r) => [nameKey(r.name), bare(r.name)]));
    expect(tables.toxicGasBetas.filter((g) => !rowNames.has(nameKey(g.name))).map((g) => g.name)).toEqual([
      '一氧化碳',
    ]);
  });

  it('Table 5: α by people within 500 m, and Table 6: the level bands, lower bounds inclusive', () => {
    expect(tables.alphas.map((a) => [a.min, a.max, a.alpha])).toEqual([
      [100, null, '2'],
      [50, 99, '1.5'],
      [30, 49, '1.2'],
      [1, 29, '1'],
      [0, 0, '0.5'],
    ]);
    expect(tables.levels.map((l) => [l.level, l.min, l.below])).toEqual([
      ['一级', '100', null],
      ['二级', '50', '100'],
      ['三级', '10', '50'],
      ['四级', null, '10'],
    ]);
  });
});

// Gotcha 1 of the JSON: values that several public code files get wrong.
describe('gotcha: Table 1 rows that public code confuses', () => {
  it.each([
    [2, '二氟化氧', ['7783-41-7'], '1'],
    [3, '二氧化氮', ['10102-44-0'], '1'],
    [8, '甲醛（含量＞90%)', ['50-00-0'], '5'],
    [51, '氢', ['1333-74-0'], '5'],
    [56, '氧（压缩的或液化的）', ['7782-44-7'], '200'],
    [65, '甲醇', ['67-56-1'], '500'],
  ])('row %i is %s (CAS %j), Q = %s t', (seq, name, cas, Q) => {
    expect(tables.namedChemicals[seq - 1]).toMatchObject({ seq, name, cas, criticalQuantity: Q });
  });
});

describe('an edited table must still make sense (the checks an administrator’s edit passes too)', () => {
  const edit = (change: (t: MajorHazardTables) => void) => {
    const t = structuredClone(tables);
    change(t);
    return majorHazardTablesSchema.safeParse(t);
  };

  it('accepts the tables as loaded', () => {
    expect(majorHazardTablesSchema.safeParse(tables).success).toBe(true);
  });

  it.each<[string, (t: MajorHazardTables) => void, string]>([
    ['a wrong CAS check digit', (t) => (t.namedChemicals[11]!.cas = ['7782-50-6']), 'CAS'],
    ['a zero Q', (t) => (t.namedChemicals[0]!.criticalQuantity = '0'), '应大于 0'],
    ['a duplicate name', (t) => (t.namedChemicals[1]!.name = '氨'), '表1名称重复'],
    ['a category without β', (t) => t.categoryBetas.pop(), '表4缺少符号 W11'],
    ['a β for an unknown category', (t) => t.categoryBetas.push({ symbol: 'W12', beta: '1' }), 'W12 不在表2'],
    ['a gap in the people ranges', (t) => (t.alphas[2]!.min = 31), '不连续'],
    ['an upper people range with a bound', (t) => (t.alphas[0]!.max = 1000), '最高一档'],
    ['levels out of order', (t) => t.levels.reverse(), '依次'],
    ['a gap between levels', (t) => (t.levels[2]!.below = '40'), '上界'],
    ['a lowest level with a lower bound', (t) => (t.levels[3]!.min = '1'), '最低一级'],
  ])('rejects %s', (_what, change, message) => {
    const result = edit(change);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain(message);
  });

  it('rejects a level rule it cannot read', () => {
    const bad = structuredClone(gb18218);
    bad.table6_levels[1]!.rule = '50~100';
    expect(() => parseGb18218Json(bad)).toThrow('表6 二级 的规则无法识别');
  });
});
