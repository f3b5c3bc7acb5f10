import { z } from 'zod';
import { divisionCode } from '../shared/schemas.ts';
import { type CycleUnit, addCycle, cycleUnitNames } from '../risk/risk-model.ts';

/**
 * Trustworthy self-reporting (issue 4 item 9): flags a regulator can act on, computed at query time from
 * the hazards, their events and the risk-model check records — never stored. Every rule is pure and
 * explains itself in Chinese.
 */
export const selfReportFlagKinds = [
  'too_few_hazards', // 隐患过少
  'same_rectifier_acceptor', // 整改人即验收人
  'batch_closure', // 同一分钟批量销号
  'duplicate_photos', // 不同隐患使用相同照片
  'check_outside_cycle', // 排查记录超出周期窗口
] as const;
export type SelfReportFlagKind = (typeof selfReportFlagKinds)[number];

export interface SelfReportFlag {
  kind: SelfReportFlagKind;
  enterpriseId: string;
  enterpriseName: string;
  hazardIds?: string[];
  explanation: string;
}

export const hazardFlagsQuery = z
  .object({
    divisionCode: divisionCode.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .strict();
export type HazardFlagsQuery = z.infer<typeof hazardFlagsQuery>;

// ---- (a) 隐患过少 -------------------------------------------------------------------------------------

/** Size classes by employees (工业企业划型, 工信部联企业〔2011〕300号, employee criterion only). */
export type EmployeeSizeClass = '微型' | '小型' | '中型' | '大型';
export function sizeClassOf(employees: number | null | undefined): EmployeeSizeClass {
  const n = employees ?? 0;
  if (n >= 1000) return '大型';
  if (n >= 300) return '中型';
  if (n >= 20) return '小型';
  return '微型';
}

/** Sectors treated as high risk for the expected rate (the 高危行业 of 安全生产法 and the seed's key sectors). */
export const highRiskSectors: readonly string[] = [
  'coal_mine',
  'non_coal_mine',
  'hazardous_chemicals',
  'fireworks',
  'metallurgy',
  'civil_explosives',
  'gas',
  'ammonia_refrigeration',
  'dust_explosion',
];

/**
 * The documented expected-rate rule: self-found hazards per year an honest enterprise reports, by size
 * class, doubled for a high-risk sector or an enterprise with a 危险工艺. An enterprise with unknown
 * employees counts as 微型 (the lowest expectation).
 */
export const EXPECTED_HAZARDS_PER_YEAR: Record<EmployeeSizeClass, number> = {
  微型: 4,
  小型: 12,
  中型: 24,
  大型: 48,
};
export const HIGH_RISK_FACTOR = 2;
/** Flag when the enterprise found fewer than this share of the expected number. */
export const TOO_FEW_SHARE = 0.2;
/** The rule only speaks when at least this many hazards were expected in the period (short periods say nothing). */
export const TOO_FEW_MIN_EXPECTED = 1;

export function expectedSelfFound(
  e: { employees: number | null; sector: string; highRiskProcesses?: readonly string[] },
  periodDays: number,
): number {
  const highRisk = highRiskSectors.includes(e.sector) || (e.highRiskProcesses?.length ?? 0) > 0;
  const perYear = EXPECTED_HAZARDS_PER_YEAR[sizeClassOf(e.employees)] * (highRisk ? HIGH_RISK_FACTOR : 1);
  return (perYear * periodDays) / 365;
}

export interface EnterpriseActivity {
  enterpriseId: string;
  enterpriseName: string;
  employees: number | null;
  sector: string;
  highRiskProcesses?: readonly string[];
  status: string;
  selfFound: number;
}

/** (a) Enterprises in business (正常) whose self-found hazards are below 20 % of the expected number. */
export function tooFewHazards(rows: readonly EnterpriseActivity[], periodDays: number): SelfReportFlag[] {
  const out: SelfReportFlag[] = [];
  for (const r of rows) {
    if (r.status !== 'normal') continue;
    const expected = expectedSelfFound(r, periodDays);
    if (expected < TOO_FEW_MIN_EXPECTED || r.selfFound >= TOO_FEW_SHARE * expected) continue;
    const highRisk = highRiskSectors.includes(r.sector) || (r.highRiskProcesses?.length ?? 0) > 0;
    out.push({
      kind: 'too_few_hazards',
      enterpriseId: r.enterpriseId,
      enterpriseName: r.enterpriseName,
      explanation:
        `隐患过少：${periodDays} 天内企业自查上报 ${r.selfFound} 条，` +
        `按${sizeClassOf(r.employees)}企业（从业人员 ${r.employees ?? '未填'} 人）${highRisk ? '、高危行业或危险工艺' : ''}` +
        `预期约 ${Math.round(expected * 10) / 10} 条，不足预期的 ${TOO_FEW_SHARE * 100}%。`,
    });
  }
  return out;
}

// ---- (b) 整改人即验收人 --------------------------------------------------------------------------------

export interface AcceptedHazard {
  hazardId: string;
  enterpriseId: string;
  enterpriseName: string;
  rectifiedBy: string | null;
  acceptedBy: string | null;
  acceptedAt: Date | null;
}

const byEnterprise = <T extends { enterpriseId: string; enterpriseName: string }>(rows: readonly T[]) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.enterpriseId, [...(m.get(r.enterpriseId) ?? []), r]);
  return m;
};

/** (b) Hazards accepted (销号) by the same account that rectified them and applied for acceptance. */
export function sameRectifierAcceptor(rows: readonly AcceptedHazard[]): SelfReportFlag[] {
  const hits = rows.filter((r) => r.rectifiedBy !== null && r.rectifiedBy === r.acceptedBy);
  return [...byEnterprise(hits).values()].map((list) => ({
    kind: 'same_rectifier_acceptor' as const,
    enterpriseId: list[0]!.enterpriseId,
    enterpriseName: list[0]!.enterpriseName,
    hazardIds: list.map((r) => r.hazardId).sort(),
    explanation: `整改人即验收人：${list.length} 条隐患由申请验收的同一账号验收销号，整改与验收未分离。`,
  }));
}

// ---- (c) 批量销号、重复照片 -----------------------------------------------------------------------------

/** At least this many hazards of one enterprise accepted within the same minute is a batch closure. */
export const BATCH_CLOSURE_MIN = 5;

const minuteOf = (d: Date) => d.toISOString().slice(0, 16);
const cstMinute = (d: Date) =>
  new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** (c) ≥ 5 hazards of one enterprise accepted within the same clock minute. */
export function batchClosures(rows: readonly AcceptedHazard[]): SelfReportFlag[] {
  const out: SelfReportFlag[] = [];
  for (const list of byEnterprise(rows.filter((r) => r.acceptedAt)).values()) {
    const minutes = new Map<string, AcceptedHazard[]>();
    for (const r of list) {
      const k = minuteOf(r.acceptedAt!);
      minutes.set(k, [...(minutes.get(k) ?? []), r]);
    }
    for (const group of [...minutes.values()].filter((g) => g.length >= BATCH_CLOSURE_MIN))
      out.push({
        kind: 'batch_closure',
        enterpriseId: group[0]!.enterpriseId,
        enterpriseName: group[0]!.enterpriseName,
        hazardIds: group.map((r) => r.hazardId).sort(),
        explanation: `批量销号：${group.length} 条隐患在同一分钟（${cstMinute(group[0]!.acceptedAt!)}）内验收销号。`,
      });
  }
  return out;
}

export interface HazardPhoto {
  hazardId: string;
  enterpriseId: string;
  enterpriseName: string;
  sha256: string;
}

/** (c) The same photo (by SHA-256 of its content) attached to different hazards; one flag per enterprise and photo. */
export function duplicatePhotos(rows: readonly HazardPhoto[]): SelfReportFlag[] {
  const byHash = new Map<string, HazardPhoto[]>();
  for (const r of rows) byHash.set(r.sha256, [...(byHash.get(r.sha256) ?? []), r]);
  const out: SelfReportFlag[] = [];
  for (const [sha, list] of byHash) {
    const hazards = new Set(list.map((r) => r.hazardId));
    if (hazards.size < 2) continue;
    for (const own of byEnterprise(list).values()) {
      const ids = [...new Set(own.map((r) => r.hazardId))].sort();
      const elsewhere = hazards.size - ids.length;
      out.push({
        kind: 'duplicate_photos',
        enterpriseId: own[0]!.enterpriseId,
        enterpriseName: own[0]!.enterpriseName,
        hazardIds: ids,
        explanation:
          `重复照片：同一张照片（${sha.slice(0, 12)}…）用于 ${hazards.size} 条不同隐患` +
          (elsewhere > 0 ? `，其中 ${elsewhere} 条属于其他企业。` : '。'),
      });
    }
  }
  return out;
}

// ---- (d) 排查记录超出周期窗口 ---------------------------------------------------------------------------

export interface CheckRecordRow {
  taskId: string;
  taskContent: string;
  enterpriseId: string;
  enterpriseName: string;
  cycleNum: number;
  cycleUnit: CycleUnit;
  startsAt: Date;
  checkedAt: Date;
  createdAt: Date;
}

/**
 * A record lies outside its cycle window when (1) it was checked more than one full cycle after it was
 * due (the previous record, or the task's start, plus one cycle — so ≥ 2 cycles without a check), or
 * (2) it was entered more than one full cycle after the check it records (back-filled). Only records
 * checked within [from, to) are judged; earlier records only set the window.
 */
export function checksOutsideCycle(
  rows: readonly CheckRecordRow[],
  period: { from: Date; to: Date },
): SelfReportFlag[] {
  const byTask = new Map<string, CheckRecordRow[]>();
  for (const r of rows) byTask.set(r.taskId, [...(byTask.get(r.taskId) ?? []), r]);
  const late: (CheckRecordRow & { why: string })[] = [];
  for (const list of byTask.values()) {
    list.sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime());
    let prev: Date | null = null;
    for (const r of list) {
      const due = prev ? addCycle(prev, r.cycleNum, r.cycleUnit) : r.startsAt;
      const inPeriod = r.checkedAt >= period.from && r.checkedAt < period.to;
      if (inPeriod) {
        if (r.checkedAt > addCycle(due, r.cycleNum, r.cycleUnit))
          late.push({ ...r, why: '逾期超过一个周期' });
        else if (r.createdAt > addCycle(r.checkedAt, r.cycleNum, r.cycleUnit))
          late.push({ ...r, why: '事后补录超过一个周期' });
      }
      prev = r.checkedAt;
    }
  }
  return [...byEnterprise(late).values()].map((list) => {
    const tasks = new Set(list.map((r) => r.taskId));
    const first = list[0]!;
    const cycle = `每 ${first.cycleNum} ${cycleUnitNames[first.cycleUnit]}`;
    const reasons = [...new Set(list.map((r) => r.why))].join('、');
    return {
      kind: 'check_outside_cycle' as const,
      enterpriseId: first.enterpriseId,
      enterpriseName: first.enterpriseName,
      explanation:
        `排查记录超出周期窗口：${tasks.size} 项排查任务共 ${list.length} 条记录${reasons}` +
        `（如「${first.taskContent.slice(0, 30)}」周期为${cycle}）。`,
    };
  });
}

/** All flags in a stable order: by kind, then enterprise name. */
export function sortFlags(flags: SelfReportFlag[]): SelfReportFlag[] {
  const rank = (k: SelfReportFlagKind) => selfReportFlagKinds.indexOf(k);
  return flags.sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      a.enterpriseName.localeCompare(b.enterpriseName, 'zh') ||
      a.enterpriseId.localeCompare(b.enterpriseId),
  );
}
