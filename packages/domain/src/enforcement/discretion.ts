import { z } from 'zod';
import { isIsoDate } from '../calendar/dates.ts';
import type { ErrorCode } from '../shared/errors.ts';
import { type PenaltyLaw, type StatutoryFine, findFine, fineUnitText } from './penalties.ts';

/**
 * 行政处罚裁量基准 (行政处罚法 第三十四条): an authority narrows a statutory fine by the circumstances of the
 * violation. The benchmark is the authority's own published document, configured per authority; none is
 * shipped. A proposed fine is checked against the band, and against the statute, which no band can widen.
 */
export const circumstances = ['轻微', '一般', '较重', '严重'] as const;
export type Circumstance = (typeof circumstances)[number];

const band = z.object({ min: z.number().min(0), max: z.number().min(0) }).strict();
export type FineBand = z.infer<typeof band>;

export const benchmarkSchema = z
  .object({
    id: z.string().min(1),
    /** 宁夏回族自治区应急管理厅 … */
    authority: z.string().min(1),
    title: z.string().min(1),
    effectiveFrom: z.string().refine(isIsoDate),
    entries: z.array(
      z
        .object({
          /** The authority's code for the violation. */
          code: z.string().min(1),
          /** The statutory fine it narrows, e.g. `99-1`. */
          fineId: z.string().min(1),
          description: z.string().optional(),
          bands: z.partialRecord(z.enum(circumstances), band),
        })
        .strict(),
    ),
  })
  .strict();
export type DiscretionBenchmark = z.infer<typeof benchmarkSchema>;

const inside = (f: StatutoryFine, v: number) => v > 0 && v >= f.min && v <= f.max;

/** Bands that name no statutory fine, are inverted, or leave the statutory range (行政处罚法 第三十四条). */
export function benchmarkProblems(b: DiscretionBenchmark, law: PenaltyLaw): string[] {
  const problems: string[] = [];
  for (const e of b.entries) {
    const ref = findFine(law, e.fineId);
    if (!ref) {
      problems.push(`${e.code}：没有罚款条款 ${e.fineId}`);
      continue;
    }
    for (const [c, r] of Object.entries(e.bands)) {
      if (r.min > r.max) problems.push(`${e.code} ${c}：下限大于上限`);
      if (r.min < ref.fine.min || r.max > ref.fine.max) {
        problems.push(
          `${e.code} ${c}：${r.min}–${r.max} 超出${ref.citation}的幅度 ${ref.fine.min}–${ref.fine.max}`,
        );
      }
    }
  }
  return problems;
}

export interface FineProposal {
  fineId: string;
  /** Yuan for an amount (and for a multiple of illegal gains), percent for a share of last year's income. */
  value: number;
  /** 违法所得, yuan: needed for a multiple (第一百零三条). */
  illegalGains?: number;
  circumstance?: Circumstance;
  /** Why the fine leaves the band, or lies below the statutory minimum (减轻处罚, 第三十二条). */
  reason?: string;
}

export interface FineCheck {
  ok: boolean;
  error?: ErrorCode;
  /** The proposal must carry a recorded reason. */
  reasonRequired: boolean;
  message: string;
  citation: string;
  lawVersion: string;
  statutory: FineBand;
  band?: FineBand & { circumstance: Circumstance; benchmark: string };
}

/** Checks a proposed fine against the statute and the configured benchmark band (安全生产法 第六章, 行政处罚法 第三十四条). */
export function checkProposedFine(
  law: PenaltyLaw,
  p: FineProposal,
  benchmark?: DiscretionBenchmark,
): FineCheck {
  const ref = findFine(law, p.fineId);
  if (!ref) throw new Error(`没有罚款条款 ${p.fineId}`);
  const { fine, citation } = ref;
  const statutory = { min: fine.min, max: fine.max };
  const common = { citation, lawVersion: law.version, statutory };
  const reason = p.reason?.trim() ?? '';
  let measured = p.value;
  if (fine.kind === 'gainsMultiple') {
    if (p.illegalGains === undefined || p.illegalGains < fine.gainsAtLeast) {
      const message = `违法所得不足 ${fine.gainsAtLeast} 元或未填写，不适用倍数罚款`;
      return { ok: false, error: 'VALIDATION_FAILED', reasonRequired: false, message, ...common };
    }
    measured = p.value / p.illegalGains;
  }
  const range = `${fineUnitText(fine, fine.min)}至${fineUnitText(fine, fine.max)}`;
  if (measured <= 0 || measured > fine.max) {
    const message = `${fineUnitText(fine, measured)}超出${citation}规定的幅度（${range}）`;
    return {
      ok: false,
      error: 'ENFORCEMENT_FINE_OUTSIDE_STATUTE',
      reasonRequired: false,
      message,
      ...common,
    };
  }
  const entry = benchmark?.entries.find((e) => e.fineId === p.fineId);
  if (entry && !p.circumstance) {
    return {
      ok: false,
      error: 'VALIDATION_FAILED',
      reasonRequired: false,
      message: '请选择违法情节',
      ...common,
    };
  }
  const b = entry && p.circumstance ? entry.bands[p.circumstance] : undefined;
  const bandInfo =
    b && p.circumstance ? { band: { ...b, circumstance: p.circumstance, benchmark: benchmark!.id } } : {};
  const belowStatute = !inside(fine, measured);
  const outsideBand = b !== undefined && (measured < b.min || measured > b.max);
  const reasonRequired = belowStatute || outsideBand;
  const message = belowStatute
    ? `低于法定幅度下限，属减轻处罚（行政处罚法 第三十二条），须记录理由`
    : outsideBand
      ? `超出裁量基准“${p.circumstance}”档（${b!.min}–${b!.max}），须记录理由`
      : '在幅度内';
  if (reasonRequired && !reason) {
    return {
      ok: false,
      error: 'ENFORCEMENT_FINE_REASON_REQUIRED',
      reasonRequired,
      message,
      ...common,
      ...bandInfo,
    };
  }
  return { ok: true, reasonRequired, message, ...common, ...bandInfo };
}
