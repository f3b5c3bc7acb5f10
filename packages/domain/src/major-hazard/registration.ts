import { z } from 'zod';
import { addCycle } from '../risk/risk-model.ts';

/**
 * 重大危险源 备案, 包保 and 安全评估 (issue 12 items 3–4): the three 包保责任人 of each source, the cycle of
 * their duties (reference data, editable), completion rates, and the 安全评估 due date. Pure rules.
 */
export const guarantorRoles = ['principal', 'technical', 'operational'] as const;
export type GuarantorRole = (typeof guarantorRoles)[number];
export const guarantorRoleNames: Record<GuarantorRole, string> = {
  principal: '主要负责人',
  technical: '技术负责人',
  operational: '操作负责人',
};

export const dutyCycleUnits = ['day', 'week', 'month', 'year'] as const;
export type DutyCycleUnit = (typeof dutyCycleUnits)[number];
export const dutyCycleUnitNames: Record<DutyCycleUnit, string> = {
  day: '天',
  week: '周',
  month: '月',
  year: '年',
};

export interface DutyCycle {
  role: GuarantorRole;
  cycleNum: number;
  cycleUnit: DutyCycleUnit;
  citation: string;
  /** False where the figure could not be checked against the text: shown as 待核实, editable. */
  verified: boolean;
  effectiveFrom: string;
}

const BAOBAO =
  '《危险化学品企业重大危险源安全包保责任制办法（试行）》（应急厅〔2021〕12号，2021-02-04 印发）';

/**
 * The default cycles the database is seeded with. 技术负责人: 第五条(五) "每季度至少组织对重大危险源进行一次
 * 针对性安全风险隐患排查" (checked against a published text). 操作负责人 weekly and 主要负责人 quarterly follow
 * the example and common practice; not checked against the text, so marked unverified.
 */
export const defaultDutyCycles: readonly DutyCycle[] = [
  {
    role: 'principal',
    cycleNum: 3,
    cycleUnit: 'month',
    citation: `${BAOBAO} 第四条（督促、检查重大危险源安全生产工作；频次待核实）`,
    verified: false,
    effectiveFrom: '2021-02-04',
  },
  {
    role: 'technical',
    cycleNum: 3,
    cycleUnit: 'month',
    citation: `${BAOBAO} 第五条（五）：每季度至少组织一次针对性安全风险隐患排查`,
    verified: true,
    effectiveFrom: '2021-02-04',
  },
  {
    role: 'operational',
    cycleNum: 1,
    cycleUnit: 'week',
    citation: `${BAOBAO} 第六条（操作负责人安全检查；每周一次的频次待核实）`,
    verified: false,
    effectiveFrom: '2021-02-04',
  },
];

/**
 * 安全评估: a source is re-identified, re-evaluated and re-graded when its evaluation is 3 years old, or when
 * its plant, inventory or process changes (here: a later inventory revision than the one evaluated).
 */
export const EVALUATION_RULE = {
  years: 3,
  citation:
    '《危险化学品重大危险源监督管理暂行规定》（原国家安全监管总局令第40号，第79号令修正）：重大危险源安全评估已满三年的，或构成重大危险源的装置、设施、场所及危险化学品种类、数量等发生变化的，应重新进行辨识、安全评估及分级（条号待核实）',
  verified: false,
  effectiveFrom: '2011-12-01',
} as const;

export const evaluationStatuses = ['missing', 'changed', 'overdue', 'ok'] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];
export const evaluationStatusNames: Record<EvaluationStatus, string> = {
  missing: '未录入安全评估',
  changed: '单元变更，需重新评估',
  overdue: '安全评估已超期',
  ok: '评估有效',
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The due date of the next 安全评估 and the source's state on `today` (ISO dates, China calendar). */
export function evaluationOf(
  e: { evaluatedOn: string | null; evaluatedRevision: number | null; revision: number },
  today: string,
): { dueOn: string | null; status: EvaluationStatus } {
  if (!e.evaluatedOn) return { dueOn: null, status: 'missing' };
  const dueOn = iso(addCycle(day(e.evaluatedOn), EVALUATION_RULE.years, 'year'));
  if (e.evaluatedRevision !== null && e.revision > e.evaluatedRevision) return { dueOn, status: 'changed' };
  return { dueOn, status: today > dueOn ? 'overdue' : 'ok' };
}

export interface DutyProgress {
  /** Periods counted: every finished one, and the current one when it already has a check. */
  periods: number;
  done: number;
  /** done / periods; null when no period is counted yet. */
  rate: number | null;
  lastOn: string | null;
  /** The day by which the next check is due: the last check plus one cycle (the window's start if none). */
  nextDueOn: string;
  overdue: boolean;
}

/**
 * One role's duty checks against its cycle from `from` to `today` (ISO dates): the periods [from + k·cycle,
 * from + (k+1)·cycle) with at least one check, over the periods that count.
 */
export function dutyProgress(
  cycle: { cycleNum: number; cycleUnit: DutyCycleUnit },
  checks: readonly string[],
  from: string,
  today: string,
): DutyProgress {
  const sorted = [...checks].filter((c) => c >= from && c <= today).sort();
  let periods = 0;
  let done = 0;
  let a = day(from);
  const t = day(today);
  for (let guard = 0; a <= t && guard < 10_000; guard++) {
    const b = addCycle(a, cycle.cycleNum, cycle.cycleUnit);
    const has = sorted.some((c) => c >= iso(a) && c < iso(b));
    if (b <= t) {
      periods++;
      if (has) done++;
    } else if (has) {
      periods++;
      done++;
    }
    a = b;
  }
  const lastOn = sorted.at(-1) ?? null;
  const nextDueOn = iso(lastOn ? addCycle(day(lastOn), cycle.cycleNum, cycle.cycleUnit) : day(from));
  return {
    periods,
    done,
    rate: periods === 0 ? null : done / periods,
    lastOn,
    nextDueOn,
    overdue: today > nextDueOn,
  };
}

// ---- requests

const optText = (max: number) => z.string().trim().max(max).optional().nullable();
const isoDate = z.iso.date();

export const guarantorBody = z
  .object({ name: z.string().trim().min(1).max(50), title: optText(50), phone: optText(30) })
  .strict();

/** PUT /api/major-hazard/units/:id/registration: 备案 and 包保 of a major hazard source. */
export const majorHazardRegistrationBody = z
  .object({
    recordNo: optText(50),
    registeredOn: isoDate.optional().nullable(),
    evaluatedOn: isoDate.optional().nullable(),
    guarantors: z
      .object({
        principal: guarantorBody.nullable().optional(),
        technical: guarantorBody.nullable().optional(),
        operational: guarantorBody.nullable().optional(),
      })
      .strict(),
  })
  .strict();
export type MajorHazardRegistrationInput = z.infer<typeof majorHazardRegistrationBody>;

/** A problem the duty check found: it enters the hazard loop (企业自查) with the check. */
export const dutyFindingBody = z
  .object({
    location: z.string().trim().min(1, '请填写隐患部位').max(200),
    description: z.string().trim().min(1, '请填写隐患描述').max(2000),
  })
  .strict();
export const dutyCheckBody = z
  .object({
    role: z.enum(guarantorRoles),
    performedOn: isoDate,
    note: optText(500),
    findings: z.array(dutyFindingBody).max(20, '一次最多上报 20 条隐患').optional(),
  })
  .strict();
export type DutyCheckInput = z.infer<typeof dutyCheckBody>;

export const dutyCycleBody = z
  .object({
    cycleNum: z.number().int().min(1).max(366),
    cycleUnit: z.enum(dutyCycleUnits),
    citation: z.string().trim().min(1).max(500),
    verified: z.boolean(),
  })
  .strict();
export type DutyCycleInput = z.infer<typeof dutyCycleBody>;
export const guarantorRoleParam = z.object({ role: z.enum(guarantorRoles) }).strict();

export const majorHazardGaps = ['guarantor', 'evaluation', 'duty'] as const;
export type MajorHazardGap = (typeof majorHazardGaps)[number];

// ---- responses

export const dutyCycleSchema = z.object({
  role: z.enum(guarantorRoles),
  roleName: z.string(),
  cycleNum: z.number().int(),
  cycleUnit: z.enum(dutyCycleUnits),
  text: z.string(),
  citation: z.string(),
  verified: z.boolean(),
  effectiveFrom: z.string(),
});
export type DutyCycleDto = z.infer<typeof dutyCycleSchema>;

/** What the list shows of a source's registration. */
export const registrationSummarySchema = z.object({
  recordNo: z.string().nullable(),
  registeredOn: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  evaluationDueOn: z.string().nullable(),
  evaluationStatus: z.enum(evaluationStatuses),
  guarantors: z.array(
    z.object({
      role: z.enum(guarantorRoles),
      roleName: z.string(),
      name: z.string(),
      title: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  missingRoles: z.array(z.enum(guarantorRoles)),
});
export type RegistrationSummary = z.infer<typeof registrationSummarySchema>;

export const registrationDetailSchema = registrationSummarySchema.extend({
  evaluationRule: z.object({ years: z.number(), citation: z.string(), verified: z.boolean() }),
  /** Progress of each role with a person, in the current year (or since the source was registered). */
  duties: z.array(
    z.object({
      role: z.enum(guarantorRoles),
      roleName: z.string(),
      cycle: dutyCycleSchema,
      periods: z.number().int(),
      done: z.number().int(),
      rate: z.number().nullable(),
      /** The role's duty tasks done, and those ended or done (periods = tasksDue). */
      tasksDone: z.number().int(),
      tasksDue: z.number().int(),
      lastOn: z.string().nullable(),
      nextDueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
  /** All roles' done / periods (tasks done ÷ tasks ended or done). */
  rate: z.number().nullable(),
  tasksDone: z.number().int(),
  tasksDue: z.number().int(),
  checks: z.array(
    z.object({
      id: z.string(),
      role: z.enum(guarantorRoles),
      performedOn: z.string(),
      note: z.string().nullable(),
    }),
  ),
});
export type RegistrationDetail = z.infer<typeof registrationDetailSchema>;

/** The regulator's view of 包保 completion, per enterprise. */
export const baobaoEnterpriseSchema = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  divisionName: z.string(),
  sources: z.number().int(),
  missingGuarantors: z.number().int(),
  evaluationGaps: z.number().int(),
  periods: z.number().int(),
  done: z.number().int(),
  tasksDone: z.number().int(),
  tasksDue: z.number().int(),
  rate: z.number().nullable(),
});
export const baobaoReportSchema = z.object({
  from: z.string(),
  today: z.string(),
  items: z.array(baobaoEnterpriseSchema),
});
export type BaobaoReport = z.infer<typeof baobaoReportSchema>;

export const dutyTaskStatuses = ['open', 'overdue', 'done'] as const;
export const dutyTaskQuery = z
  .object({ unitId: z.uuid().optional(), status: z.enum(dutyTaskStatuses).optional() })
  .strict();
/** A 包保 duty task: one source, role and period [periodStart, periodEnd); due = periodEnd. */
export const dutyTaskSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  enterpriseName: z.string(),
  role: z.enum(guarantorRoles),
  roleName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The period's last day. */
  dueOn: z.string(),
  doneAt: z.string().nullable(),
  checkId: z.string().nullable(),
  overdue: z.boolean(),
});
export type DutyTaskDto = z.infer<typeof dutyTaskSchema>;
