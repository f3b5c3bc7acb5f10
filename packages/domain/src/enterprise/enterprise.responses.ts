import { z } from 'zod';

/** A row of the enterprise list (docs/api-enterprise.md `EnterpriseSummary`). */
export const enterpriseSummarySchema = z.object({
  id: z.string(),
  creditCode: z.string(),
  name: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  address: z.string().nullable(),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  sector: z.string(),
  sectorName: z.string(),
  secondarySectors: z.array(z.string()),
  sizeClass: z.string().nullable(),
  sizeClassName: z.string().nullable(),
  employees: z.number().nullable(),
  status: z.string(),
  statusName: z.string(),
  standardizationLevel: z.string(),
  principal: z.string().nullable(),
  grid: z.object({
    gridUserId: z.string().nullable(),
    gridUserName: z.string().nullable(),
    industryDepartmentId: z.string().nullable(),
    industryDepartmentName: z.string().nullable(),
  }),
  updatedAt: z.string(),
});
export type EnterpriseSummaryDto = z.infer<typeof enterpriseSummarySchema>;

export const enterpriseDetailSchema = enterpriseSummarySchema.extend({
  industryCode: z.string().nullable(),
  safetyManager: z.string().nullable(),
  registeredSafetyEngineers: z.number(),
  standardizationLevelName: z.string(),
  licences: z.array(
    z.object({
      kind: z.string(),
      number: z.string(),
      issuer: z.string().nullish(),
      expiresOn: z.string().nullish(),
    }),
  ),
  liabilityInsurance: z
    .object({
      insurer: z.string(),
      policyNo: z.string(),
      expiresOn: z.string(),
      insuredAmount: z.number().nullish(),
    })
    .nullable(),
  safetyCosts: z.array(z.object({ year: z.number(), extracted: z.number(), used: z.number() })),
  highRiskProcesses: z.array(z.string()),
  grid: enterpriseSummarySchema.shape.grid.extend({
    industryPerson: z.string().nullable(),
    enterprisePerson: z.string().nullable(),
    focus: z.string().nullable(),
  }),
  statusHistory: z.array(
    z.object({
      fromStatus: z.string(),
      toStatus: z.string(),
      reason: z.string(),
      effectiveOn: z.string(),
      username: z.string().nullable(),
      at: z.string(),
    }),
  ),
  createdAt: z.string(),
});
export type EnterpriseDetailDto = z.infer<typeof enterpriseDetailSchema>;

/** One entry of an enterprise's change log: who changed which fields, before and after. */
export const enterpriseChangeSchema = z.object({
  id: z.number(),
  at: z.string(),
  username: z.string().nullable(),
  roleCode: z.string().nullable(),
  byEnterprise: z.boolean(),
  source: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
});
export type EnterpriseChangeDto = z.infer<typeof enterpriseChangeSchema>;

export const enterpriseMapPointSchema = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string(),
  status: z.string(),
  divisionCode: z.string(),
  lon: z.number(),
  lat: z.number(),
});
export type EnterpriseMapPointDto = z.infer<typeof enterpriseMapPointSchema>;

export const enterpriseMapSchema = z.object({
  items: z.array(enterpriseMapPointSchema),
  total: z.number(),
  truncated: z.boolean(),
});
export type EnterpriseMapDto = z.infer<typeof enterpriseMapSchema>;
