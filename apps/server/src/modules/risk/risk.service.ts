import {
  AppError,
  type LecCalcInput,
  type LsCalcInput,
  evaluateLec,
  evaluateLs,
  lecProblems,
  lsProblems,
} from '@anjian/domain';
import criteria from '../../../../../reference/standards/major-hazard-criteria.json' with { type: 'json' };

/** LEC for the forms' live preview; a score outside the standard tables is a 400 naming the field. */
export function calcLec(input: LecCalcInput) {
  const problems = lecProblems(input);
  if (problems.length) throw AppError.invalid(problems, '分值不在 LEC 标准分值表中');
  return evaluateLec(input);
}

/** L × S risk matrix (default variant LS-2); L and S must be integers 1–5. */
export function calcLs(input: LsCalcInput) {
  const problems = lsProblems(input);
  if (problems.length) throw AppError.invalid(problems, '分值应为 1–5 的整数');
  return evaluateLs(input);
}

/**
 * 重大事故隐患判定标准 as checklist reference data: 危险化学品 (安监总管三〔2017〕121号, all 20 items) and
 * 工贸 (应急管理部令第10号, 2023: the general items and the excerpted sector items), each a 重大隐患 criterion.
 */
export function majorHazardChecklists() {
  const chem = criteria.hazardous_chemicals_2017;
  const trade = criteria.industry_trade_2023;
  // The copy holds the first items of two sections only (see its `not_collected`).
  const sections: [string, string[]][] = [
    ['冶金', trade.article_4_metallurgy_first_items],
    ['粉尘涉爆', trade.dust_explosion_first_items],
  ];
  const tradeItems = sections.flatMap(([name, items]) =>
    items.map((text, i) => ({ code: `工贸2023-${name}-${i + 1}`, text, major: true })),
  );
  return [
    {
      id: 'hazardous_chemicals_2017',
      title: chem.title,
      docNo: chem.doc_no,
      sectors: ['hazardous_chemicals'],
      items: chem.items.map((it) => ({ code: `危化2017-${it.no}`, text: it.text, major: true })),
    },
    {
      id: 'industry_trade_2023',
      title: trade.title,
      docNo: trade.doc_no,
      sectors: [
        'metallurgy',
        'nonferrous',
        'building_materials',
        'machinery',
        'light_industry',
        'textile',
        'tobacco',
        'commerce',
        'dust_explosion',
        'ammonia_refrigeration',
      ],
      items: [
        ...trade.article_3_general.map((text, i) => ({ code: `工贸2023-通用-${i + 1}`, text, major: true })),
        ...tradeItems,
      ],
    },
  ];
}
