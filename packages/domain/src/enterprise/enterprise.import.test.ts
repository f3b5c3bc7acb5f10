import { describe, expect, it } from 'vitest';
import { composeCreditCode } from './credit-code.ts';
import { diffFields, fieldsNotOwnedByEnterprise } from './enterprise.ts';
import { importColumns, parseImportRow } from './enterprise.import.ts';

const code = composeCreditCode('91', '640521', 'MA76AB12');
const cells = (over: Record<string, unknown> = {}) =>
  importColumns.map((c) =>
    c.key in over
      ? over[c.key]
      : ((
          {
            creditCode: code,
            name: '中宁县某某有限公司',
            divisionCode: '640521100',
            sector: '道路运输',
          } as Record<string, unknown>
        )[c.key] ?? null),
  );

describe('import row parsing (企业信息导入模板)', () => {
  it('converts names to codes and splits lists', () => {
    const r = parseImportRow(
      cells({
        secondarySectors: '特种设备、消防',
        sizeClass: '中型',
        standardizationLevel: '二级',
        employees: '120',
        highRiskProcesses: '氯化工艺，加氢工艺',
        creditCode: ` ${code.toLowerCase()} `,
      }),
      2,
    );
    expect(r).toEqual({
      input: expect.objectContaining({
        creditCode: code,
        sector: 'road_transport',
        secondarySectors: ['special_equipment', 'fire'],
        sizeClass: 'medium',
        standardizationLevel: 'level2',
        employees: 120,
        highRiskProcesses: ['氯化工艺', '加氢工艺'],
      }),
    });
  });

  it.each([
    [{ creditCode: null }, '统一社会信用代码', '必填'],
    [
      { creditCode: code.slice(0, 17) + (code.endsWith('0') ? '1' : '0') },
      '统一社会信用代码',
      '第 18 位校验码错误',
    ],
    [{ name: '' }, '企业名称', '必填'],
    [{ divisionCode: '6405' }, '行政区划代码', '区划代码应为 6、9 或 12 位数字'],
    [{ sector: '赌场' }, '监管行业', '未知的监管行业“赌场”'],
    [{ secondarySectors: '特种设备、外星' }, '其他监管行业', '未知的监管行业“外星”'],
    [{ sizeClass: '巨型' }, '企业规模', '应为 大型、中型、小型 或 微型'],
    [{ employees: '很多' }, '从业人数', '应为数字'],
    [{ longitude: 105.1 }, '纬度', '经度和纬度须同时填写'],
    [{ industryCode: 'Z99' }, '国民经济行业代码', '国民经济行业代码应为门类字母加 2–4 位数字，如 C2614'],
    [{ standardizationLevel: '特级' }, '安全生产标准化等级', '应为 一级、二级、三级 或 未达标'],
  ])('%j → %s: %s', (over, column, message) => {
    const r = parseImportRow(cells(over), 7);
    expect('issues' in r && r.issues).toContainEqual({ row: 7, column, message });
  });
});

describe('enterprise field ownership and change diff', () => {
  it('lets an enterprise account change only its own facts', () => {
    expect(fieldsNotOwnedByEnterprise({ employees: 3, licences: [] })).toEqual([]);
    expect(
      fieldsNotOwnedByEnterprise({ employees: 3, name: 'x', sector: 'fire', status: undefined }),
    ).toEqual(['name', 'sector']);
  });
  it('diffs only the fields that really change', () => {
    expect(
      diffFields(
        { employees: 3, address: null, licences: [{ kind: 'a' }] },
        { employees: 3, address: '路 1 号', licences: [{ kind: 'a' }], principal: undefined },
      ),
    ).toEqual({
      address: { before: null, after: '路 1 号' },
    });
  });
});
