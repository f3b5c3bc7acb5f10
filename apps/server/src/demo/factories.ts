import {
  ACCIDENT_GRADE_RULE_VERSION,
  CREDIT_CODE_ALPHABET,
  type HazardStatus,
  accidentCategories,
  addDays,
  chinaDate,
  composeCreditCode,
  gradeAccident,
  hazardSources,
  hazardStatuses,
  sectors,
  statYearOf,
} from '@anjian/domain';
import type { Insertable } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Random } from '@anjian/domain';

/**
 * Pure row builders shared by tests and the bench generator (issue 10 §7): given a PRNG and the fields
 * a caller cares about, a valid row of `db/schema.ts` with everything else filled in plausibly. Every
 * call draws the same number of values whatever it overrides, so overriding one field of one row does
 * not change the rows after it. Use one seed per test: two builders on the same seed make the same ids.
 */
export type Row<T extends keyof Database> = Insertable<Database[T]>;

const DAY = 86_400_000;
/** Townships of the three Zhongwei counties (沙坡头区, 中宁县, 海原县), two each, present in the reference data. */
export const TEST_TOWNSHIPS = ['640502100', '640502101', '640521100', '640521101', '640522100', '640522101'];
const WORDS = [
  '安泰',
  '鑫源',
  '宏达',
  '金沙',
  '黄河',
  '枸杞',
  '塞上',
  '沙坡',
  '宁安',
  '恒信',
  '华晟',
  '远航',
];
const KINDS = ['化工', '建材', '机械', '商贸', '运输', '建筑', '冶金', '食品', '纺织', '电力'];
const sectorCodes = sectors.map((s) => s.code);

/**
 * The eight-character organisation code body of a credit code: `serial` written in the credit code's
 * alphabet after a one-letter prefix (unique per prefix up to 31⁷ rows), or eight drawn characters.
 */
function orgBody(r: Random, prefix: string, serial: number | undefined): string {
  const drawn = Array.from({ length: 8 }, () => r.pick(CREDIT_CODE_ALPHABET.split(''))).join('');
  if (serial === undefined) return drawn;
  let body = '';
  for (let n = serial; body.length < 7; n = Math.floor(n / 31))
    body = CREDIT_CODE_ALPHABET.charAt(n % 31) + body;
  return prefix + body;
}

/** A GB 32100 credit code (authority 9, category 1: an enterprise) registered in the division's county. */
function creditCode(r: Random, division: string, serial?: number, prefix = 'B'): string {
  return composeCreditCode('91', division.slice(0, 6), orgBody(r, prefix, serial));
}

/** An enterprise in operation; `serial` makes credit code and name unique (bench sizes). */
export function buildEnterprise(
  r: Random,
  over: Partial<Row<'enterprise'>> = {},
  { serial }: { serial?: number } = {},
): Row<'enterprise'> {
  const drawn = {
    id: r.uuid(),
    division_code: r.pick(TEST_TOWNSHIPS),
    name: `中卫市${r.pick(WORDS)}${r.pick(KINDS)}有限公司${serial ?? ''}`,
    sector: r.pick(sectorCodes),
    size_class: r.pick(['large', 'medium', 'small', 'micro'] as const),
    employees: r.int(3, 3000),
    status: 'normal' as const,
    longitude: 104.3 + r.next() * 1.8,
    latitude: 36.2 + r.next() * 1.4,
  };
  const division = over.division_code ?? drawn.division_code;
  const code = creditCode(r, division, serial);
  return { ...drawn, credit_code: code, ...over };
}

/**
 * A hazard of `enterprise` (whose scope columns it copies) in `status` (default reported), with the
 * fields that status implies: a deadline from assessment on, assessment and acceptance times.
 */
export function buildHazard(
  r: Random,
  enterprise: { id: string; division_code: string; sector: string },
  over: Partial<Row<'hazard'>> = {},
): Row<'hazard'> {
  const found = new Date(Date.UTC(r.int(2019, 2026), r.int(0, 10), r.int(1, 28)));
  const drawn = {
    id: r.uuid(),
    source: r.pick(hazardSources),
    location: `车间 ${r.int(1, 20)}`,
    description: `隐患 ${r.int(1, 99_999)}`,
    deadlineDays: r.int(7, 90),
    acceptedAfterDays: r.int(1, 7),
  };
  const status: HazardStatus = over.status ?? 'reported';
  const step = hazardStatuses.indexOf(status);
  const foundAt = over.found_at ?? found;
  const assessed = step >= hazardStatuses.indexOf('assessed');
  return {
    id: drawn.id,
    enterprise_id: enterprise.id,
    division_code: enterprise.division_code,
    sector: enterprise.sector,
    source: drawn.source,
    location: drawn.location,
    description: drawn.description,
    level: '一般',
    status,
    deadline: assessed ? addDays(chinaDate(foundAt), drawn.deadlineDays) : null,
    found_at: foundAt,
    reported_at: foundAt,
    assessed_at: assessed ? foundAt : null,
    accepted_at: status === 'accepted' ? new Date(foundAt.getTime() + drawn.acceptedAfterDays * DAY) : null,
    ...over,
  };
}

/**
 * An accident whose grade follows from its casualties and loss under the current rule, its statistics
 * year from its time, and its sector from its category.
 */
export function buildAccident(r: Random, over: Partial<Row<'accident'>> = {}): Row<'accident'> {
  const drawnCategory = r.pick(accidentCategories);
  const category = accidentCategories.find((c) => c.code === over.category) ?? drawnCategory;
  const year = r.int(2010, 2020);
  const drawn = {
    id: r.uuid(),
    division_code: r.pick(TEST_TOWNSHIPS),
    occurred_at: new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28), r.int(0, 23))),
    title: `${category.name}事故 ${r.int(1, 99_999)}`,
    category: category.code,
    sector: category.sector,
    accident_type: String(r.int(1, 20)).padStart(2, '0'),
    deaths: r.next() < 0.8 ? 0 : r.int(1, 4),
    serious_injuries: r.int(0, 3),
    minor_injuries: r.int(0, 5),
    missing: 0,
    direct_loss: Math.round(r.next() * 300 * 100) / 100,
  };
  const row = { ...drawn, ...over };
  return {
    stat_year: statYearOf(row.occurred_at),
    grade: gradeAccident({
      deaths: row.deaths,
      seriousInjuries: row.serious_injuries,
      directLoss: Number(row.direct_loss),
    }).grade,
    grade_rule_version: ACCIDENT_GRADE_RULE_VERSION,
    ...row,
  };
}

/** A government department regulating one drawn sector, at city level unless told otherwise. */
export function buildDepartment(r: Random, over: Partial<Row<'department'>> = {}): Row<'department'> {
  return {
    id: r.uuid(),
    name: `中卫市${r.pick(WORDS)}管理局`,
    division_code: '640500',
    sectors: [r.pick(sectorCodes)],
    ...over,
  };
}

/** A third-party safety agency (安全生产技术服务机构). */
export function buildAgency(r: Random, over: Partial<Row<'agency'>> = {}): Row<'agency'> {
  const id = r.uuid();
  const name = `宁夏${r.pick(WORDS)}安全技术服务有限公司`;
  const division = over.division_code ?? '640500';
  return { id, name, division_code: division, credit_code: creditCode(r, division), ...over };
}

/** A custody contract (托管) of an agency for an enterprise (and its division), running from 2026-01-01. */
export function buildAgencyContract(
  r: Random,
  link: { agency_id: string; enterprise_id: string; division_code: string },
  over: Partial<Row<'agency_contract'>> = {},
): Row<'agency_contract'> {
  return { id: r.uuid(), ...link, kind: 'custody', starts_on: '2026-01-01', ...over };
}

/**
 * An account; `password_hash` comes from the caller (hashing is not pure). Territorial roles need a
 * division, department officers a department, enterprise and agency accounts their organisation.
 */
export function buildUser(
  r: Random,
  over: Partial<Row<'app_user'>> & Pick<Row<'app_user'>, 'role_code' | 'password_hash'>,
): Row<'app_user'> {
  const id = r.uuid();
  return {
    id,
    username: `user_${id.slice(0, 8)}`,
    display_name: `测试用户${id.slice(0, 4)}`,
    division_code: null,
    department_id: null,
    enterprise_id: null,
    ...over,
  };
}
