import {
  type EnterpriseChangeDto,
  type EnterpriseDetailDto,
  type EnterpriseSummaryDto,
  enterpriseStatusNames,
  sectorName,
  sizeClassNames,
  standardizationLevelNames,
} from '@anjian/domain';
import type { EnterpriseDetailRow, EnterpriseSummaryRow } from './enterprise.repository.ts';
import type { EnterpriseChangeTable } from './enterprise.table.ts';

const nameOf = <K extends string>(names: Record<K, string>, k: string | null) =>
  k ? (names[k as K] ?? k) : null;

// Under its former name for enterprise.service.ts, which can import it from @anjian/domain instead.
export type { EnterpriseDetailDto as EnterpriseDetail };

export function presentEnterpriseSummary(r: EnterpriseSummaryRow): EnterpriseSummaryDto {
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

export function presentEnterprise(r: EnterpriseDetailRow, history: StatusRow[]): EnterpriseDetailDto {
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
export const presentChange = (r: ChangeRow): EnterpriseChangeDto => ({
  id: Number(r.id),
  at: r.at.toISOString(),
  username: r.username,
  roleCode: r.role_code,
  byEnterprise: r.by_enterprise,
  source: r.source,
  changes: r.changes,
});
