import { z } from 'zod';
import { isIsoDate } from '../calendar/dates.ts';
import { pagingQuery, text } from '../shared/schemas.ts';
import { caseStatuses, caseStepNames } from './case-machine.ts';
import { circumstances } from './discretion.ts';

/** Named limits of enforcement input (STYLE.md §7). */
export const EnforcementLimits = {
  /** 行政处罚法 第四十二条: 执法人员不得少于两人. */
  minInvestigators: 2,
  maxInvestigators: 10,
  /** Yuan; the statute's own maxima are far below (第一百一十四条: 2 000 万 × 5). */
  maxFine: 1_000_000_000,
  maxExtensionDays: 365,
  maxDrawTargets: 1000,
  maxPlanFrequency: 52,
  maxMonthlyPlanned: 100_000,
} as const;

const isoDate = z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD');
const comment = z.string().trim().max(2000).optional();

export const caseSources = ['inspection', 'complaint', 'referral', 'accident', 'other'] as const;
export type CaseSource = (typeof caseSources)[number];
export const caseSourceNames: Record<CaseSource, string> = {
  inspection: '监督检查',
  complaint: '投诉举报',
  referral: '移送/交办',
  accident: '事故调查',
  other: '其他',
};

/** 立案 (行政处罚法 第五十四条第二款): the party, the cause, the 执法人员 (at least two, 第四十二条). */
export const createCaseBody = z
  .object({
    enterpriseId: z.uuid(),
    title: text(200).describe('案由'),
    facts: z.string().trim().max(4000).optional().describe('涉嫌违法事实'),
    source: z.enum(caseSources).default('inspection'),
    filedOn: isoDate.optional().describe('立案日期，默认今天；不得晚于今天'),
    major: z.boolean().default(false).describe('重大执法决定：决定前须经法制审核（第五十八条）'),
    investigatorIds: z
      .array(z.uuid())
      .min(EnforcementLimits.minInvestigators, '执法人员不得少于两人（行政处罚法 第四十二条）')
      .max(EnforcementLimits.maxInvestigators)
      .refine((a) => new Set(a).size === a.length, '执法人员重复')
      .describe('执法人员（执法人员库的编号）'),
  })
  .strict();
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const serviceMethods = ['direct', 'mail', 'electronic', 'publicNotice'] as const;
export type ServiceMethod = (typeof serviceMethods)[number];
export const serviceMethodNames: Record<ServiceMethod, string> = {
  direct: '直接送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  publicNotice: '公告送达',
};

/** One step of the case (case-machine.ts); the fields a step needs are checked by the server per step. */
export const caseStepBody = z
  .object({
    step: z.enum(caseStepNames as [string, ...string[]]),
    on: isoDate.optional().describe('办理日期，默认今天；不得早于上一步、不得晚于今天'),
    comment,
    /** notify: the notice tells the party of the right to a hearing (第六十三条). Required there. */
    hearingOffered: z.boolean().optional(),
    /** decide: the decision was handed to the party on the spot (第六十一条). Required there. */
    handedOver: z.boolean().optional(),
    /** serve: how the decision was served. Required there. */
    serviceMethod: z.enum(serviceMethods).optional(),
    /** execute: the day the fine was paid, when it was. */
    paidOn: isoDate.optional(),
  })
  .strict();
export type CaseStepInput = z.infer<typeof caseStepBody>;

/** 拟处罚: a fine of the statute (安全生产法 第六章), checked against the statute and the 裁量基准. */
export const casePenaltyBody = z
  .object({
    fineId: z.string().regex(/^\d{2,3}-\d{1,2}$/, '罚款条款编号形如 99-1'),
    value: z
      .number()
      .positive()
      .max(EnforcementLimits.maxFine)
      .describe('元；按上一年年收入比例时为百分数；按违法所得倍数时为元'),
    illegalGains: z.number().min(0).max(EnforcementLimits.maxFine).optional(),
    circumstance: z.enum(circumstances).optional(),
    reason: z.string().trim().max(2000).optional().describe('超出裁量基准或减轻处罚的理由'),
  })
  .strict();
export type CasePenaltyInput = z.infer<typeof casePenaltyBody>;

/** An approved extension of the 90 days (第六十条 “法律、法规、规章另有规定的，从其规定”). */
export const caseExtensionBody = z
  .object({
    days: z.number().int().min(1).max(EnforcementLimits.maxExtensionDays),
    on: isoDate.optional(),
    reason: text(2000),
  })
  .strict();
export type CaseExtensionInput = z.infer<typeof caseExtensionBody>;

export const listCasesQuery = pagingQuery
  .extend({
    status: z.enum(caseStatuses).optional(),
    enterpriseId: z.uuid().optional(),
    divisionCode: z
      .string()
      .regex(/^\d{6}(\d{3}){0,2}$/)
      .optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict();
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

export const clockBreachesQuery = z
  .object({ today: isoDate.optional().describe('按此日计算（默认今天）') })
  .strict();

// ---- 执法人员 pool, plans and the 双随机 draw

export const createOfficerBody = z
  .object({
    name: text(50),
    certNo: text(50).describe('执法证号'),
    divisionCode: z
      .string()
      .regex(/^\d{6}$/, '执法主体应为市或县（区）区划代码')
      .optional(),
    userId: z.uuid().optional().describe('对应的系统账号（办案时据此识别回避）'),
    conflictEnterpriseIds: z.array(z.uuid()).max(200).default([]).describe('申报的利害关系企业（回避）'),
  })
  .strict();
export type CreateOfficerInput = z.infer<typeof createOfficerBody>;

export const riskColours = ['red', 'orange', 'yellow', 'blue'] as const;
export type RiskColour = (typeof riskColours)[number];
export const riskColourNames: Record<RiskColour, string> = {
  red: '红（重大风险）',
  orange: '橙（较大风险）',
  yellow: '黄（一般风险）',
  blue: '蓝（低风险）',
};

const frequency = z.number().int().min(0).max(EnforcementLimits.maxPlanFrequency);
/** 年度监督检查计划: per authority (division) and year. */
export const inspectionPlanBody = z
  .object({
    divisionCode: z
      .string()
      .regex(/^\d{6}$/, '执法主体应为市或县（区）区划代码')
      .optional(),
    year: z.number().int().min(2000).max(2100),
    title: text(200),
    /** Inspections a year per enterprise of each risk colour. */
    frequency: z.object({ red: frequency, orange: frequency, yellow: frequency, blue: frequency }).strict(),
    /** Inspections planned in each month, January first. */
    monthlyPlanned: z.array(z.number().int().min(0).max(EnforcementLimits.maxMonthlyPlanned)).length(12),
    keyEnterpriseIds: z.array(z.uuid()).max(1000).default([]).describe('重点检查对象'),
  })
  .strict();
export type InspectionPlanInput = z.infer<typeof inspectionPlanBody>;

export const listInspectionPlansQuery = pagingQuery
  .extend({ year: z.coerce.number().int().optional() })
  .strict();

/** A 双随机 draw under a plan: the server freezes the lists, the seed makes it reproducible. */
export const inspectionDrawBody = z
  .object({
    seed: z
      .string()
      .regex(/^[0-9a-f]{32}$/, '种子应为 32 位小写十六进制数')
      .optional()
      .describe('不填则由服务器随机生成'),
    month: z.number().int().min(1).max(12),
    targetCount: z.number().int().min(1).max(EnforcementLimits.maxDrawTargets),
    inspectorsPerTarget: z.number().int().min(2).max(10).default(2),
    sector: z.string().max(50).optional().describe('只抽该行业的企业'),
  })
  .strict();
export type InspectionDrawInput = z.infer<typeof inspectionDrawBody>;

export const drawParams = z.object({ id: z.uuid(), drawId: z.uuid() }).strict();
export const assignmentDoneBody = z.object({ enterpriseId: z.uuid(), inspectedOn: isoDate }).strict();

export const benchmarkParams = z
  .object({ code: z.string().regex(/^\d{6}$/, '执法主体应为市或县（区）区划代码') })
  .strict();
export const listDrawsQuery = z.object({ planId: z.uuid().optional() }).strict();
export const listOfficersQuery = z
  .object({
    divisionCode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict();
