import { z } from 'zod';

/**
 * Near-duplicate enterprise names (issue 15 item 7): the registry should not gain "中卫市正丰建材有限公司" a
 * second time as "中卫市 正丰建材有限责任公司" or with full-width letters. Pure: the server picks candidates
 * by the name's core, then this decides.
 */

// The organisation form at the end says nothing about which enterprise it is.
const orgForms = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '分公司', '公司', '总厂', '厂'];
// Nor does the place at the start (the demo region's names; others are kept, which only makes matches rarer).
const places = /^(宁夏回族自治区|宁夏|中卫市|中卫|沙坡头区|中宁县|海原县)+/;

/** NFKC, without spaces, punctuation and symbols: what a reader would call the same spelling. */
export function enterpriseNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace('有限责任公司', '有限公司')
    .toUpperCase();
}

/** The distinctive part: the key without the leading place and the trailing organisation form. */
export function enterpriseNameCore(name: string): string {
  let core = enterpriseNameKey(name).replace(places, '');
  for (const form of orgForms) {
    if (core.endsWith(form) && core.length > form.length) {
      core = core.slice(0, -form.length);
      break;
    }
  }
  return core;
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

export type NameLikeness = 'same' | 'similar' | null;

/**
 * 'same': equal once spacing, punctuation, width and 有限责任公司/有限公司 are set aside; 'similar': the cores
 * differ by one character (two for cores of eight or more); otherwise null.
 */
export function nameLikeness(a: string, b: string): NameLikeness {
  if (enterpriseNameKey(a) === enterpriseNameKey(b)) return 'same';
  const [ca, cb] = [enterpriseNameCore(a), enterpriseNameCore(b)];
  if (ca === cb) return 'similar';
  const allowed = Math.min([...ca].length, [...cb].length) >= 8 ? 2 : 1;
  return Math.min([...ca].length, [...cb].length) >= 3 && editDistance(ca, cb) <= allowed ? 'similar' : null;
}

export const similarNamesQuery = z
  .object({
    name: z.string().trim().min(2, '企业名称至少 2 个字').max(100, '企业名称最多 100 个字'),
    excludeId: z.uuid('企业 ID 格式不正确').optional().describe('编辑时排除的企业本身'),
  })
  .strict();
export type SimilarNamesQuery = z.infer<typeof similarNamesQuery>;

export const similarNamesSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      creditCode: z.string(),
      divisionName: z.string(),
      likeness: z.enum(['same', 'similar']),
    }),
  ),
});
export type SimilarNamesDto = z.infer<typeof similarNamesSchema>;
