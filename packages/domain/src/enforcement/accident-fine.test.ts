import { describe, expect, it } from 'vitest';
import lawJson from '../../../../reference/law/work-safety-law-2021.json' with { type: 'json' };
import { AppError } from '../shared/errors.ts';
import {
  type AccidentSubBand,
  accidentFineRequest,
  accidentFineResponse,
  calcAccidentFine,
} from './accident-fine.ts';
import { parsePenaltyLaw } from './penalties.ts';

const law = parsePenaltyLaw(lawJson);
const W = 10_000;
const cite = '《中华人民共和国安全生产法》(2021修正) ';

describe('POST /api/calc/accident-fine (安全生产法 第一百一十四条, 第九十五条)', () => {
  // Grade by 条例 第三条 (以上 includes the bound); unit range and principal's share from the articles' numbers.
  it.each([
    [{ deaths: 1, seriousInjuries: 2, directLoss: 100 }, '一般', 30 * W, 100 * W, 40, '第(一)项'],
    [{ deaths: 0, seriousInjuries: 0, directLoss: 999.99 }, '一般', 30 * W, 100 * W, 40, '第(一)项'],
    [{ deaths: 3, seriousInjuries: 0, directLoss: 0 }, '较大', 100 * W, 200 * W, 60, '第(二)项'],
    [{ deaths: 0, seriousInjuries: 10, directLoss: 0 }, '较大', 100 * W, 200 * W, 60, '第(二)项'],
    [{ deaths: 0, seriousInjuries: 50, directLoss: 0 }, '重大', 200 * W, 1000 * W, 80, '第(三)项'],
    [{ deaths: 29, seriousInjuries: 0, directLoss: 9999 }, '重大', 200 * W, 1000 * W, 80, '第(三)项'],
    [{ deaths: 0, seriousInjuries: 0, directLoss: 10_000 }, '特别重大', 1000 * W, 2000 * W, 100, '第(四)项'],
  ] as const)('%j → %s', (numbers, grade, min, max, percent, item) => {
    const res = calcAccidentFine(law, accidentFineRequest.parse(numbers));
    expect(accidentFineResponse.parse(res)).toEqual(res);
    expect(res).toMatchObject({
      grade,
      unit: {
        min,
        max,
        citation: `${cite}第一百一十四条第一款${item}`,
        aggravated: { min: min * 2, max: max * 5, citation: `${cite}第一百一十四条第二款` },
      },
      principal: { incomePercent: percent, citation: `${cite}第九十五条${item}` },
      subBand: null,
      lawVersion: '安全生产法(2021修正)',
    });
  });

  it('a given grade must agree with the numbers', () => {
    expect(calcAccidentFine(law, { grade: '较大', deaths: 3, seriousInjuries: 0, directLoss: 0 }).grade).toBe(
      '较大',
    );
    try {
      calcAccidentFine(law, { grade: '一般', deaths: 3, seriousInjuries: 0, directLoss: 0 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('ENFORCEMENT_ACCIDENT_GRADE_MISMATCH');
      expect((e as AppError).details).toEqual({ given: '一般', computed: '较大' });
    }
  });

  it.each([
    [{ deaths: -1, seriousInjuries: 0, directLoss: 0 }],
    [{ deaths: 1.5, seriousInjuries: 0, directLoss: 0 }],
    [{ deaths: 1, seriousInjuries: 0 }],
    [{ grade: '小', deaths: 1, seriousInjuries: 0, directLoss: 0 }],
    [{ deaths: 1, seriousInjuries: 0, directLoss: 0, missing: 2 }],
  ])('rejects %j', (body) => {
    expect(accidentFineRequest.safeParse(body).success).toBe(false);
  });

  it('picks an administrator-entered sub-band reached by any one criterion (none is shipped)', () => {
    // Placeholder bands with round numbers: they show the selection, they are not 应急管理部令第14号's figures.
    const bands: AccidentSubBand[] = [
      {
        grade: '较大',
        deaths: 3,
        seriousInjuries: 10,
        directLoss: 1000,
        min: 100 * W,
        max: 150 * W,
        citation: 'A',
        verified: false,
      },
      {
        grade: '较大',
        deaths: 6,
        seriousInjuries: 30,
        directLoss: 3000,
        min: 150 * W,
        max: 200 * W,
        citation: 'B',
        verified: false,
      },
    ];
    const at = (deaths: number, seriousInjuries: number, directLoss: number) =>
      calcAccidentFine(law, { deaths, seriousInjuries, directLoss }, bands).subBand?.citation ?? null;
    expect(at(3, 0, 0)).toBe('A');
    expect(at(3, 30, 0)).toBe('B');
    expect(at(0, 0, 3000)).toBe('B');
    expect(at(1, 0, 0)).toBeNull(); // 一般: no band entered for it
  });
});
