import { divisionOfEnterprise } from './enterprise.repository.ts';
import { AppError, type UpdateEnterpriseInput, isWithinDivision } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type Actor, scopeKindOf } from '../../platform/access/actor.ts';
import type { EnterpriseTable } from './enterprise.table.ts';

type Row = { [K in keyof EnterpriseTable]: unknown } & {
  division_code: string;
  sector: string;
  secondary_sectors: string[];
};

/** The columns an input sets (identity columns are set by the caller). */
export function toColumns(input: UpdateEnterpriseInput) {
  return {
    ...(input.address !== undefined && { address: input.address ?? null }),
    ...(input.longitude !== undefined && { longitude: input.longitude ?? null }),
    ...(input.latitude !== undefined && { latitude: input.latitude ?? null }),
    ...(input.secondarySectors !== undefined && { secondary_sectors: input.secondarySectors }),
    ...(input.industryCode !== undefined && { industry_code: input.industryCode ?? null }),
    ...(input.sizeClass !== undefined && { size_class: input.sizeClass ?? null }),
    ...(input.employees !== undefined && { employees: input.employees ?? null }),
    ...(input.principal !== undefined && { principal: input.principal ?? null }),
    ...(input.safetyManager !== undefined && { safety_manager: input.safetyManager ?? null }),
    ...(input.registeredSafetyEngineers !== undefined && {
      registered_safety_engineers: input.registeredSafetyEngineers,
    }),
    ...(input.standardizationLevel !== undefined && { standardization_level: input.standardizationLevel }),
    ...(input.licences !== undefined && { licences: JSON.stringify(input.licences) }),
    ...(input.liabilityInsurance !== undefined && {
      liability_insurance: input.liabilityInsurance ? JSON.stringify(input.liabilityInsurance) : null,
    }),
    ...(input.safetyCosts !== undefined && { safety_costs: JSON.stringify(input.safetyCosts) }),
    ...(input.highRiskProcesses !== undefined && { high_risk_processes: input.highRiskProcesses }),
  };
}

/** A stored row under the API's field names, to diff an update against. */
export function rowAsInput(r: Row): Record<string, unknown> {
  return {
    creditCode: r.credit_code,
    name: r.name,
    divisionCode: r.division_code,
    address: r.address,
    longitude: r.longitude,
    latitude: r.latitude,
    sector: r.sector,
    secondarySectors: r.secondary_sectors,
    industryCode: r.industry_code,
    sizeClass: r.size_class,
    employees: r.employees,
    principal: r.principal,
    safetyManager: r.safety_manager,
    registeredSafetyEngineers: r.registered_safety_engineers,
    standardizationLevel: r.standardization_level,
    licences: r.licences,
    liabilityInsurance: r.liability_insurance,
    safetyCosts: r.safety_costs,
    highRiskProcesses: r.high_risk_processes,
  };
}

/**
 * Whether the actor may place an enterprise at this division with these sectors: the same rule as
 * `inScope`, decided before writing so the caller can name the field (create, update, import rows).
 */
export function placementProblem(
  actor: Actor,
  divisionCode: string,
  sector: string,
  secondary: readonly string[],
): { field: string; message: string } | null {
  const kind = scopeKindOf(actor);
  if (kind === 'all') return null;
  if (kind !== 'division' && kind !== 'department')
    return { field: 'divisionCode', message: '无权在此登记企业' };
  if (!actor.divisionCode || !isWithinDivision(divisionCode, actor.divisionCode))
    return { field: 'divisionCode', message: '行政区划不在管辖范围内' };
  if (
    kind === 'department' &&
    !actor.sectors.includes(sector) &&
    !secondary.some((s) => actor.sectors.includes(s))
  ) {
    return { field: 'sector', message: '监管行业不在本部门职责范围内' };
  }
  return null;
}

/** The division must exist and the placement must stay inside the actor's scope; else a 400 naming the field. */
export async function assertPlacement(
  db: Db,
  actor: Actor,
  divisionCode: string,
  sector: string,
  secondary: readonly string[],
) {
  const div = await db
    .selectFrom('division')
    .select('code')
    .where('code', '=', divisionCode)
    .executeTakeFirst();
  if (!div) throw AppError.invalid([{ field: 'divisionCode', message: '行政区划不存在' }]);
  const problem = placementProblem(actor, divisionCode, sector, secondary);
  if (problem) throw AppError.outOfScopeField([problem], 'division', `${divisionCode}/${sector}`);
}

export function duplicateCreditCode(e: unknown): never {
  if (e instanceof Error && (e as { code?: string }).code === '23505') {
    throw new AppError('CONFLICT', '统一社会信用代码已登记', [
      { field: 'creditCode', message: '统一社会信用代码已存在' },
    ]);
  }
  throw e;
}

/** Appends one row of the field-level change log (read by regulators; flags the enterprise's own edits). */
export async function recordChange(
  trx: Db,
  actor: Actor,
  enterpriseId: string,
  source: 'create' | 'update' | 'status' | 'grid' | 'import',
  changes: Record<string, { before: unknown; after: unknown }>,
) {
  await trx
    .insertInto('enterprise_change')
    .values({
      enterprise_id: enterpriseId,
      division_code: divisionOfEnterprise(enterpriseId),
      user_id: actor.userId,
      username: actor.username,
      role_code: actor.role,
      by_enterprise: scopeKindOf(actor) === 'enterprise',
      source,
      changes: JSON.stringify(changes),
    })
    .execute();
}
