/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015. Eighteen characters from a 31-character
 * alphabet (digits and capital letters without I, O, Z, S, V):
 *   1     登记管理部门码 (registration authority): 1 机构编制, 5 民政, 9 工商(市场监管), Y 其他 …
 *   2     机构类别码 (category within the authority)
 *   3–8   登记管理机关行政区划码 (GB/T 2260 county code)
 *   9–17  主体标识码 = 组织机构代码 (GB 11714-1997: eight characters + its own check character)
 *   18    校验码: 31 − (Σ Cᵢ·Wᵢ mod 31), Wᵢ = 3^(i−1) mod 31, where 31 maps to 0.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** GB 11714-1997 weights for the organisation code's check character. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Valid category codes per registration authority (GB 32100-2015 表 1; 'Y' other authorities). */
const CATEGORIES: Record<string, string> = {
  '1': '1239', // 机关 / 事业单位 / 中央编办直接管理机构编制的群众团体 / 其他
  '2': '19', // 外交
  '3': '129', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体 / 民办非企业单位 / 基金会 / 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商: 企业 / 个体工商户 / 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

/** Province-level prefixes of GB/T 2260 (plus 10 for authorities registered nationally). */
const PROVINCES = new Set([
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type CreditCodeProblem =
  'empty' | 'length' | 'charset' | 'authority' | 'category' | 'division' | 'orgCode' | 'check';

export const creditCodeProblemText: Record<CreditCodeProblem, string> = {
  empty: '请填写统一社会信用代码',
  length: '统一社会信用代码应为 18 位',
  charset: '含有不允许的字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）',
  authority: '第 1 位登记管理部门码无效',
  category: '第 2 位机构类别码与登记管理部门不符',
  division: '第 3–8 位不是有效的行政区划码',
  orgCode: '第 9–17 位组织机构代码校验位错误（GB 11714）',
  check: '第 18 位校验码错误',
};

export type CreditCodeResult =
  { valid: true; code: string } | { valid: false; problem: CreditCodeProblem; reason: string };

/** The 18th character for the first 17 (which must already be in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  const c = 31 - (sum % 31);
  return CREDIT_CODE_ALPHABET.charAt(c === 31 ? 0 : c);
}

/** GB 11714-1997 check character of an eight-character organisation code body. */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8.charAt(i);
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // A = 10 … Z = 35
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Checks a 统一社会信用代码 against GB 32100-2015: shape, alphabet, authority/category, division prefix,
 * the embedded GB 11714 organisation code's check character, and the final check character. Leading
 * and trailing blanks are ignored and lower case is accepted; `code` is the normalised form.
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const code = input.trim().toUpperCase();
  const fail = (problem: CreditCodeProblem): CreditCodeResult => ({
    valid: false,
    problem,
    reason: creditCodeProblemText[problem],
  });
  if (code === '') return fail('empty');
  if (code.length !== 18) return fail('length');
  for (const ch of code) if (!CREDIT_CODE_ALPHABET.includes(ch)) return fail('charset');
  const categories = CATEGORIES[code.charAt(0)];
  if (!categories) return fail('authority');
  if (!categories.includes(code.charAt(1))) return fail('category');
  if (!/^\d{6}$/.test(code.slice(2, 8)) || !PROVINCES.has(code.slice(2, 4))) return fail('division');
  if (
    !/^[0-9A-Z]{8}[0-9X]$/.test(code.slice(8, 17)) ||
    orgCodeCheckChar(code.slice(8, 16)) !== code.charAt(16)
  )
    return fail('orgCode');
  if (creditCodeCheckChar(code.slice(0, 17)) !== code.charAt(17)) return fail('check');
  return { valid: true, code };
}

/**
 * Builds a valid code from its parts (authority+category, division, eight-character organisation code
 * body): used by demo data and tests, never to "repair" a user's code.
 */
export function composeCreditCode(prefix2: string, division6: string, orgBody8: string): string {
  const first17 = `${prefix2}${division6}${orgBody8}${orgCodeCheckChar(orgBody8)}`;
  return first17 + creditCodeCheckChar(first17);
}
