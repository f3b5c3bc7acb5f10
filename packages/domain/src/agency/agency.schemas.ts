import { z } from 'zod';
import { creditCode, isoDate } from '../enterprise/enterprise.schemas.ts';
import { contractKinds } from '../enterprise/enterprise.ts';
import { divisionCode, pagingQuery, text } from '../shared/schemas.ts';

/**
 * Third-party technical service agencies (第三方技术服务机构, PRODUCT.md §2.15): the registry with
 * qualifications (资质) and expiry, staff, contracts with enterprises (托管 / 政府购买服务) and visits.
 */
export const AgencyLimits = { qualificationsMax: 20, visitStaffMax: 10, summaryMax: 2000 } as const;

export const qualification = z
  .object({
    kind: text(60),
    number: text(60),
    level: text(20).nullish(),
    issuer: text(60).nullish(),
    expiresOn: isoDate,
  })
  .strict();

export const agencyBody = z
  .object({
    name: text(100),
    creditCode,
    divisionCode,
    address: text(200).nullish(),
    contactPerson: text(50).nullish(),
    qualifications: z.array(qualification).max(AgencyLimits.qualificationsMax).default([]),
  })
  .strict();
export type AgencyInput = z.infer<typeof agencyBody>;
export const agencyPatch = agencyBody.partial().strict();
export type AgencyPatch = z.infer<typeof agencyPatch>;

export const listAgenciesQuery = pagingQuery
  .extend({
    q: z.string().trim().max(100).optional(),
    expiringWithinDays: z.coerce
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe('资质在 N 天内到期（含已过期）'),
  })
  .strict();
export type ListAgenciesQuery = z.infer<typeof listAgenciesQuery>;

export const staffBody = z
  .object({
    name: text(50),
    title: text(50).nullish(),
    certificateNo: text(60).nullish(),
    specialty: text(60).nullish(),
  })
  .strict();
export type StaffInput = z.infer<typeof staffBody>;

export const contractBody = z
  .object({
    enterpriseId: z.uuid(),
    kind: z.enum(contractKinds),
    contractNo: text(60).nullish(),
    startsOn: isoDate,
    endsOn: isoDate.nullish(),
  })
  .strict()
  .refine((c) => !c.endsOn || c.endsOn >= c.startsOn, {
    message: '结束日期不能早于开始日期',
    path: ['endsOn'],
  });
export type ContractInput = z.infer<typeof contractBody>;

export const endContractBody = z.object({ endsOn: isoDate.optional() }).strict();

export const visitKinds = ['inspection', 'training', 'consulting', 'assessment', 'other'] as const;
export const visitKindNames: Record<(typeof visitKinds)[number], string> = {
  inspection: '隐患排查',
  training: '安全培训',
  consulting: '咨询指导',
  assessment: '评价检测',
  other: '其他',
};

export const visitBody = z
  .object({
    enterpriseId: z.uuid(),
    visitedOn: isoDate,
    kind: z.enum(visitKinds),
    staffIds: z.array(z.uuid()).max(AgencyLimits.visitStaffMax).default([]),
    summary: text(AgencyLimits.summaryMax),
    hazardsFound: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();
export type VisitInput = z.infer<typeof visitBody>;

export const listVisitsQuery = pagingQuery.extend({ enterpriseId: z.uuid().optional() }).strict();
export type ListVisitsQuery = z.infer<typeof listVisitsQuery>;

/** A qualification is expiring when it lapses within `days` of `today` (already lapsed counts too). */
export function qualificationExpiring(expiresOn: string, today: string, days: number): boolean {
  const limit = new Date(`${today}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(`${expiresOn}T00:00:00Z`).getTime() <= limit;
}
