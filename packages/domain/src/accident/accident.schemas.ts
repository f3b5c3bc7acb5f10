import { z } from 'zod';
import { sectorCodes } from '../org/sectors.ts';
import { divisionCode, pagingQuery, text } from '../shared/schemas.ts';
import { accidentCategoryCodes, gb6441Codes } from './categories.ts';
import { accidentGrades } from './grade.ts';
import { reportLevels } from './reporting.ts';

/** Named limits of accident input (STYLE.md §7). */
export const AccidentLimits = {
  maxPersons: 100_000,
  maxLossWanYuan: 10_000_000,
  maxParties: 100,
  maxPenalties: 100,
} as const;

const persons = z.number().int().min(0).max(AccidentLimits.maxPersons);
/** 万元 (stored with two decimals). */
const lossWanYuan = z.number().min(0).max(AccidentLimits.maxLossWanYuan);
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

export const casualtyFields = {
  deaths: persons,
  seriousInjuries: persons.describe('重伤，含急性工业中毒'),
  minorInjuries: persons.default(0),
  missing: persons.default(0),
  directLoss: lossWanYuan.describe('直接经济损失（万元）'),
};

export const accidentBody = z
  .object({
    occurredAt: isoDateTime,
    divisionCode,
    title: text(120),
    location: z.string().trim().max(200).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    enterpriseId: z.uuid().nullish(),
    enterpriseName: z.string().trim().max(120).nullish(),
    category: z.enum(accidentCategoryCodes),
    sector: z.enum(sectorCodes).nullish(),
    accidentType: z.enum(gb6441Codes).describe('GB 6441-86 事故类别代码 01–20'),
    ...casualtyFields,
    description: z.string().trim().max(5000).nullish(),
  })
  .strict();
export type AccidentInput = z.infer<typeof accidentBody>;

export const gradeCalcBody = z
  .object({ deaths: persons, seriousInjuries: persons, directLoss: lossWanYuan })
  .strict();
export type GradeCalcInput = z.infer<typeof gradeCalcBody>;

export const listAccidentsQuery = pagingQuery
  .extend({
    divisionCode: divisionCode.optional(),
    year: z.coerce.number().int().min(1949).max(2100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    category: z.enum(accidentCategoryCodes).optional(),
    grade: z.enum(accidentGrades).optional(),
    largerOnly: z.enum(['true', 'false']).optional().describe('只看较大以上'),
    withDeaths: z.enum(['true', 'false']).optional().describe('只看有死亡的事故（死亡人数的明细）'),
    enterpriseId: z.uuid().optional(),
    q: z.string().trim().max(50).optional(),
  })
  .strict();
export type ListAccidentsQuery = z.infer<typeof listAccidentsQuery>;

export const supplementBody = z
  .object({
    reportedAt: isoDateTime.optional(),
    deaths: persons,
    seriousInjuries: persons,
    minorInjuries: persons,
    missing: persons,
    directLoss: lossWanYuan,
    note: text(1000),
  })
  .strict();
export type SupplementInput = z.infer<typeof supplementBody>;

export const reportStepBody = z
  .object({
    level: z.enum(reportLevels),
    reportedAt: isoDateTime,
    reportedBy: z.string().trim().max(100).nullish(),
    note: z.string().trim().max(500).nullish(),
  })
  .strict();
export type ReportStepInput = z.infer<typeof reportStepBody>;

export const investigationStatuses = ['investigating', 'concluded', 'closed'] as const;
export type InvestigationStatus = (typeof investigationStatuses)[number];
export const investigationStatusNames: Record<InvestigationStatus, string> = {
  investigating: '调查中',
  concluded: '已结案待整改',
  closed: '查处督办完成',
};

export const responsibleParty = z
  .object({
    name: text(100),
    kind: z.enum(['person', 'organisation']),
    position: z.string().trim().max(100).nullish(),
    responsibility: z.enum(['直接责任', '主要责任', '重要责任', '领导责任', '监管责任', '其他']),
    handling: z.string().trim().max(500).nullish().describe('处理意见：党纪政务处分、移送司法等'),
  })
  .strict();

export const penalty = z
  .object({
    target: text(100),
    kind: z.enum([
      '罚款',
      '警告',
      '暂扣或吊销证照',
      '责令停产停业整顿',
      '关闭',
      '移送司法机关',
      '党纪政务处分',
      '其他',
    ]),
    amount: z.number().min(0).max(1_000_000).nullish().describe('罚款金额（万元）'),
    decidedAt: isoDate.nullish(),
    documentNo: z.string().trim().max(100).nullish(),
  })
  .strict();

export const investigationBody = z
  .object({
    leadAgency: z.string().trim().max(100).nullish(),
    findings: z.string().trim().max(10_000).nullish(),
    directCause: z.string().trim().max(2000).nullish(),
    indirectCause: z.string().trim().max(2000).nullish(),
    nature: z.enum(['责任事故', '非责任事故', '待定']).default('待定'),
    responsibleParties: z.array(responsibleParty).max(AccidentLimits.maxParties).default([]),
    penalties: z.array(penalty).max(AccidentLimits.maxPenalties).default([]),
    concludedAt: isoDate.nullish().describe('调查报告批复日期；填写后状态为已结案待整改'),
  })
  .strict();
export type InvestigationInput = z.infer<typeof investigationBody>;

export const measureStatuses = ['open', 'done', 'verified'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];
export const measureStatusNames: Record<MeasureStatus, string> = {
  open: '整改中',
  done: '已整改待核查',
  verified: '已核查销号',
};

export const measureBody = z
  .object({
    content: text(1000),
    owner: text(100),
    ownerUnit: z.string().trim().max(100).nullish(),
    deadline: isoDate,
  })
  .strict();
export type MeasureInput = z.infer<typeof measureBody>;

export const followUpBody = z.object({ note: text(1000), status: z.enum(measureStatuses) }).strict();
export type FollowUpInput = z.infer<typeof followUpBody>;

export const measureParam = z.object({ id: z.uuid(), measureId: z.uuid() }).strict();
