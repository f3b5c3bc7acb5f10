import { describe, expect, it } from 'vitest';
import lawJson from '../../../../reference/law/work-safety-law-2021.json' with { type: 'json' };
import { type FineStage, type FineTarget, findFine, parsePenaltyLaw } from './penalties.ts';

const law = parsePenaltyLaw(lawJson);
const W = 10_000;

/**
 * 安全生产法 (2021) 第九十四—一百一十四条, read off the article texts: fine id → target, stage, kind, range.
 * Written out by hand so that a slip in the JSON shows up here.
 */
const expected: [
  string,
  FineTarget,
  FineStage,
  'amount' | 'incomePercent' | 'gainsMultiple',
  number,
  number,
][] = [
  ['94-1', 'principal', 'initial', 'amount', 2 * W, 5 * W],
  ['94-2', 'principal', 'uncorrected', 'amount', 5 * W, 10 * W],
  ['95-1', 'principal', 'accident', 'incomePercent', 40, 40],
  ['95-2', 'principal', 'accident', 'incomePercent', 60, 60],
  ['95-3', 'principal', 'accident', 'incomePercent', 80, 80],
  ['95-4', 'principal', 'accident', 'incomePercent', 100, 100],
  ['96-1', 'otherManagers', 'initial', 'amount', 1 * W, 3 * W],
  ['96-2', 'otherManagers', 'accident', 'incomePercent', 20, 50],
  ['97-1', 'unit', 'initial', 'amount', 0, 10 * W],
  ['97-2', 'unit', 'uncorrected', 'amount', 10 * W, 20 * W],
  ['97-3', 'responsiblePersons', 'uncorrected', 'amount', 2 * W, 5 * W],
  ['98-1', 'unit', 'initial', 'amount', 10 * W, 50 * W],
  ['98-2', 'responsiblePersons', 'initial', 'amount', 2 * W, 5 * W],
  ['98-3', 'unit', 'uncorrected', 'amount', 50 * W, 100 * W],
  ['98-4', 'responsiblePersons', 'uncorrected', 'amount', 5 * W, 10 * W],
  ['99-1', 'unit', 'initial', 'amount', 0, 5 * W],
  ['99-2', 'unit', 'uncorrected', 'amount', 5 * W, 20 * W],
  ['99-3', 'responsiblePersons', 'uncorrected', 'amount', 1 * W, 2 * W],
  ['101-1', 'unit', 'initial', 'amount', 0, 10 * W],
  ['101-2', 'unit', 'uncorrected', 'amount', 10 * W, 20 * W],
  ['101-3', 'responsiblePersons', 'uncorrected', 'amount', 2 * W, 5 * W],
  ['102-1', 'unit', 'initial', 'amount', 0, 5 * W],
  ['102-2', 'responsiblePersons', 'uncorrected', 'amount', 5 * W, 10 * W],
  ['103-1', 'unit', 'initial', 'gainsMultiple', 2, 5],
  ['103-2', 'unit', 'initial', 'amount', 10 * W, 20 * W],
  ['103-3', 'responsiblePersons', 'initial', 'amount', 1 * W, 2 * W],
  ['103-4', 'unit', 'initial', 'amount', 0, 5 * W],
  ['103-5', 'responsiblePersons', 'initial', 'amount', 0, 1 * W],
  ['103-6', 'unit', 'initial', 'amount', 0, 10 * W],
  ['103-7', 'responsiblePersons', 'initial', 'amount', 0, 2 * W],
  ['103-8', 'unit', 'initial', 'gainsMultiple', 2, 5],
  ['103-9', 'unit', 'initial', 'amount', 10 * W, 20 * W],
  ['103-10', 'responsiblePersons', 'initial', 'amount', 5 * W, 10 * W],
  ['104-1', 'unit', 'initial', 'amount', 0, 5 * W],
  ['104-2', 'responsiblePersons', 'initial', 'amount', 0, 1 * W],
  ['105-1', 'unit', 'initial', 'amount', 0, 5 * W],
  ['105-2', 'responsiblePersons', 'initial', 'amount', 0, 1 * W],
  ['106-1', 'principal', 'initial', 'amount', 2 * W, 10 * W],
  ['108-1', 'unit', 'uncorrected', 'amount', 2 * W, 20 * W],
  ['108-2', 'responsiblePersons', 'uncorrected', 'amount', 1 * W, 2 * W],
  ['109-1', 'unit', 'initial', 'amount', 5 * W, 10 * W],
  ['109-2', 'unit', 'uncorrected', 'amount', 10 * W, 20 * W],
  ['110-1', 'principal', 'accident', 'incomePercent', 60, 100],
  ['114-1', 'unit', 'accident', 'amount', 30 * W, 100 * W],
  ['114-2', 'unit', 'accident', 'amount', 100 * W, 200 * W],
  ['114-3', 'unit', 'accident', 'amount', 200 * W, 1000 * W],
  ['114-4', 'unit', 'accident', 'amount', 1000 * W, 2000 * W],
];

describe('安全生产法 (2021) 第九十四条 to 第一百一十四条', () => {
  it('ships every article of the range, in order, each verified against the text', () => {
    expect(law.articles.map((a) => a.seq)).toEqual(Array.from({ length: 21 }, (_, i) => 94 + i));
    expect(law.articles.every((a) => a.verified)).toBe(true);
    expect(law.version).toBe('安全生产法(2021修正)');
  });

  it('has exactly the fines read off the articles', () => {
    const shipped = law.articles.flatMap((a) =>
      a.fines.map((f) => [f.id, f.target, f.stage, f.kind, f.min, f.max]),
    );
    expect(shipped).toEqual(expected);
  });

  it('articles with no fine say why (第一百条, 第一百零七条, 第一百一十一条, 第一百一十三条) and 第一百一十二条 is 按日连续处罚', () => {
    const none = law.articles.filter((a) => a.fines.length === 0);
    expect(none.map((a) => a.seq)).toEqual([100, 107, 111, 112, 113]);
    expect(none.every((a) => a.note)).toBe(true);
    expect(law.articles.find((a) => a.dailyContinuous)?.article).toBe('第一百一十二条');
  });

  it('keeps the numbered items of the list articles', () => {
    const items = Object.fromEntries(
      law.articles.filter((a) => a.items).map((a) => [a.seq, a.items!.length]),
    );
    expect(items).toEqual({ 97: 7, 98: 4, 99: 8, 101: 5, 105: 2 });
  });

  it('cites the fine with law, edition, article and clause', () => {
    expect(findFine(law, '114-2')?.citation).toBe(
      '《中华人民共和国安全生产法》(2021修正) 第一百一十四条第一款第(二)项',
    );
    expect(findFine(law, '97-1')?.citation).toBe('《中华人民共和国安全生产法》(2021修正) 第九十七条');
    expect(findFine(law, '200-1')).toBeUndefined();
  });

  it('the 第一百一十四条第二款 multiple is 2 to 5', () => {
    expect(law.articles.find((a) => a.seq === 114)?.aggravation).toMatchObject({
      minMultiple: 2,
      maxMultiple: 5,
    });
  });

  it('refuses a table with a duplicate id, an id of another article, or an inverted range', () => {
    const article = (fines: object[]) => ({
      ...lawJson,
      articles: [{ seq: 94, article: '第九十四条', violation: 'v', verified: true, fines }],
    });
    const fine = {
      id: '94-1',
      target: 'unit',
      stage: 'initial',
      clause: '',
      text: 't',
      kind: 'amount',
      min: 1,
      max: 2,
    };
    expect(() => parsePenaltyLaw(article([fine, fine]))).toThrow('重复');
    expect(() => parsePenaltyLaw(article([{ ...fine, id: '95-1' }]))).toThrow('不属于');
    expect(() => parsePenaltyLaw(article([{ ...fine, min: 3 }]))).toThrow('下限大于上限');
  });
});
