import { z } from 'zod';
import { enterpriseStatusNames, sectorName, sizeClassNames, standardizationLevelNames } from '@anjian/domain';
import type { EnterpriseDetailRow, EnterpriseSummaryRow } from './enterprise.repository.ts';
import type { EnterpriseChangeTable } from './enterprise.table.ts';

const nameOf = <K extends string>(names: Record<K, string>, k: string | null) =>
  k ? (names[k as K] ?? k) : null;

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
export type EnterpriseSummary = z.infer<typeof enterpriseSummarySchema>;

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
export type EnterpriseDetail = z.infer<typeof enterpriseDetailSchema>;

export function presentEnterpriseSummary(r: EnterpriseSummaryRow): EnterpriseSummary {
  return {
    id: r.id,
    creditCode: r.credit_code,
    name: r.name,
    divisionCode: r.division_code,
    divisionName: r.division_name,
    address: r.address,
    longitude: r.longitude,
    latitude: r.latitude,
    sector: r.sector,
    sectorName: sectorName(r.sector),
    secondarySectors: r.secondary_sectors,
    sizeClass: r.size_class,
    sizeClassName: nameOf(sizeClassNames, r.size_class),
    employees: r.employees,
    status: r.status,
    statusName: enterpriseStatusNames[r.status],
    standardizationLevel: r.standardization_level,
    principal: r.principal,
    grid: {
      gridUserId: r.grid_user_id,
      gridUserName: r.grid_user_name,
      industryDepartmentId: r.industry_department_id,
      industryDepartmentName: r.industry_department_name,
    },
    updatedAt: r.updated_at.toISOString(),
  };
}

type StatusRow = {
  from_status: string;
  to_status: string;
  reason: string;
  effective_on: string;
  username: string | null;
  at: Date;
};

export function presentEnterprise(r: EnterpriseDetailRow, history: StatusRow[]): EnterpriseDetail {
  const s = presentEnterpriseSummary(r);
  return {
    ...s,
    industryCode: r.industry_code,
    safetyManager: r.safety_manager,
    registeredSafetyEngineers: r.registered_safety_engineers,
    standardizationLevelName: standardizationLevelNames[r.standardization_level],
    licences: r.licences,
    liabilityInsurance: r.liability_insurance,
    safetyCosts: r.safety_costs,
    highRiskProcesses: r.high_risk_processes,
    grid: {
      ...s.grid,
      industryPerson: r.industry_person,
      enterprisePerson: r.enterprise_person,
      focus: r.supervision_focus,
    },
    statusHistory: history.map((h) => ({
      fromStatus: h.from_status,
      toStatus: h.to_status,
      reason: h.reason,
      effectiveOn: h.effective_on,
      username: h.username,
      at: h.at.toISOString(),
    })),
    createdAt: r.created_at.toISOString(),
  };
}

export const changeSchema = z.object({
  id: z.number(),
  at: z.string(),
  username: z.string().nullable(),
  roleCode: z.string().nullable(),
  byEnterprise: z.boolean(),
  source: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
});

type ChangeRow = {
  [K in keyof EnterpriseChangeTable]: K extends 'changes'
    ? Record<string, { before: unknown; after: unknown }>
    : K extends 'id'
      ? number
      : K extends 'at'
        ? Date
        : K extends 'by_enterprise'
          ? boolean
          : EnterpriseChangeTable[K];
};
export const presentChange = (r: ChangeRow) => ({
  id: Number(r.id),
  at: r.at.toISOString(),
  username: r.username,
  roleCode: r.role_code,
  byEnterprise: r.by_enterprise,
  source: r.source,
  changes: r.changes,
});

export const mapPointSchema = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string(),
  status: z.string(),
  divisionCode: z.string(),
  lon: z.number(),
  lat: z.number(),
});
export const mapSchema = z.object({
  items: z.array(mapPointSchema),
  total: z.number(),
  truncated: z.boolean(),
});
