import { z } from 'zod';
import { sectorCodes } from '../org/sectors.ts';
import { divisionCode, pagingQuery, text } from '../shared/schemas.ts';
import { validateCreditCode } from './credit-code.ts';
import {
  EnterpriseLimits as L,
  enterpriseStatuses,
  sizeClasses,
  standardizationLevels,
} from './enterprise.ts';

/** A 统一社会信用代码, normalised to upper case and checked per GB 32100-2015; the message names the problem. */
export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    const r = validateCreditCode(v);
    if (!r.valid) ctx.addIssue({ code: 'custom', message: r.reason });
  });

export const isoDate = z.iso.date();
const person = text(L.personMax);
/** GB/T 4754-2017 国民经济行业分类: a section letter, optionally with a 2-, 3- or 4-digit class. */
export const industryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-T](\d{2}(\d{1,2})?)?$/, '国民经济行业代码应为门类字母加 2–4 位数字，如 C2614');

export const licence = z
  .object({ kind: text(50), number: text(60), issuer: text(60).nullish(), expiresOn: isoDate.nullish() })
  .strict();
export const liabilityInsurance = z
  .object({
    insurer: text(60),
    policyNo: text(60),
    expiresOn: isoDate,
    insuredAmount: z.number().min(0).max(1e7).nullish(),
  })
  .strict();
/** 安全费用 提取 / 使用 per year, in 万元 (财资〔2022〕136号). */
export const safetyCost = z
  .object({
    year: z.number().int().min(2000).max(2100),
    extracted: z.number().min(0).max(1e7),
    used: z.number().min(0).max(1e7),
  })
  .strict();

const enterpriseFields = {
  creditCode,
  name: text(L.nameMax),
  divisionCode,
  address: text(L.addressMax).nullish(),
  longitude: z.number().min(73).max(136).nullish(),
  latitude: z.number().min(3).max(54).nullish(),
  sector: z.enum(sectorCodes),
  secondarySectors: z.array(z.enum(sectorCodes)).max(10).optional(),
  industryCode: industryCode.nullish(),
  sizeClass: z.enum(sizeClasses).nullish(),
  employees: z.number().int().min(0).max(1_000_000).nullish(),
  principal: person.nullish(),
  safetyManager: person.nullish(),
  registeredSafetyEngineers: z.number().int().min(0).max(10_000).optional(),
  standardizationLevel: z.enum(standardizationLevels).optional(),
  licences: z.array(licence).max(L.licencesMax).optional(),
  liabilityInsurance: liabilityInsurance.nullish(),
  safetyCosts: z
    .array(safetyCost)
    .max(L.safetyCostYearsMax)
    .refine((a) => new Set(a.map((c) => c.year)).size === a.length, '同一年度只能有一条安全费用记录')
    .optional(),
  highRiskProcesses: z.array(text(60)).max(L.processesMax).optional(),
};

const bothOrNeither = (v: { longitude?: number | null; latitude?: number | null }) =>
  (v.longitude == null) === (v.latitude == null);
const coordIssue = { message: '经度和纬度须同时填写', path: ['latitude'] };

export const createEnterpriseBody = z.object(enterpriseFields).strict().refine(bothOrNeither, coordIssue);
export type CreateEnterpriseInput = z.infer<typeof createEnterpriseBody>;

export const updateEnterpriseBody = z
  .object(enterpriseFields)
  .partial()
  .strict()
  .refine((v) => v.longitude === undefined || v.latitude === undefined || bothOrNeither(v), coordIssue);
export type UpdateEnterpriseInput = z.infer<typeof updateEnterpriseBody>;

export const enterpriseStatusBody = z
  .object({ status: z.enum(enterpriseStatuses), reason: text(500), effectiveOn: isoDate.optional() })
  .strict();
export type EnterpriseStatusInput = z.infer<typeof enterpriseStatusBody>;

export const enterpriseSorts = ['name', 'creditCode', 'divisionCode', 'employees', 'updatedAt'] as const;
export const gridGaps = ['territorial', 'industry', 'any'] as const;

/** Filters shared by the list, the export and the map. */
export const enterpriseFilter = z.object({
  q: z.string().trim().max(100).optional(),
  divisionCode: divisionCode.optional(),
  sector: z.enum(sectorCodes).optional(),
  status: z.enum(enterpriseStatuses).optional(),
  sizeClass: z.enum(sizeClasses).optional(),
  standardizationLevel: z.enum(standardizationLevels).optional(),
  gap: z
    .enum(gridGaps)
    .optional()
    .describe('网格责任缺口：territorial 无属地责任人，industry 无行业监管部门，any 任一'),
  gridUserId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
});
export type EnterpriseFilter = z.infer<typeof enterpriseFilter>;

export const listEnterprisesQuery = pagingQuery
  .extend(enterpriseFilter.shape)
  .extend({
    sort: z.enum(enterpriseSorts).default('updatedAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .strict();
export type ListEnterprisesQuery = z.infer<typeof listEnterprisesQuery>;

export const enterpriseFilterQuery = enterpriseFilter.strict();

export const creditCodeCheckBody = z.object({ code: z.string().max(100) }).strict();

export const changeLogQuery = pagingQuery
  .extend({ byEnterprise: z.enum(['true', 'false']).optional() })
  .strict();

/** 属地责任人 (grid member), 行业监管部门 + responsible person, 企业主体责任人, 监管重点. */
const gridFields = {
  gridUserId: z.uuid().nullable(),
  industryDepartmentId: z.uuid().nullable(),
  industryPerson: person.nullable(),
  enterprisePerson: person.nullable(),
  focus: z.string().trim().max(L.focusMax).nullable(),
};
export const gridAssignmentBody = z
  .object(gridFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, '至少指定一项责任');
export type GridAssignmentInput = z.infer<typeof gridAssignmentBody>;

export const bulkGridAssignmentBody = z
  .object({ enterpriseIds: z.array(z.uuid()).min(1).max(L.bulkAssignMax), ...gridFields })
  .partial({
    gridUserId: true,
    industryDepartmentId: true,
    industryPerson: true,
    enterprisePerson: true,
    focus: true,
  })
  .strict()
  .refine((v) => Object.keys(v).length > 1, '至少指定一项责任');
export type BulkGridAssignmentInput = z.infer<typeof bulkGridAssignmentBody>;

export const coverageQuery = z.object({ divisionCode: divisionCode.optional() }).strict();

export const importQuery = z.object({ mode: z.enum(['all', 'valid-only']).default('all') }).strict();
