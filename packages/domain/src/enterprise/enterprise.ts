/**
 * The enterprise record (企业) of PRODUCT.md §2.2: reference lists and the rule that splits its fields
 * between the regulator and the enterprise's own account.
 */
export const enterpriseStatuses = ['normal', 'suspended', 'closed', 'banned'] as const;
export type EnterpriseStatus = (typeof enterpriseStatuses)[number];
export const enterpriseStatusNames: Record<EnterpriseStatus, string> = {
  normal: '正常',
  suspended: '停产整顿',
  closed: '关闭',
  banned: '取缔',
};

/** 企业规模 (大型/中型/小型/微型, 统计上大中小微型企业划分办法). */
export const sizeClasses = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof sizeClasses)[number];
export const sizeClassNames: Record<SizeClass, string> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};

/** 安全生产标准化 level (一级 highest). */
export const standardizationLevels = ['none', 'level1', 'level2', 'level3'] as const;
export type StandardizationLevel = (typeof standardizationLevels)[number];
export const standardizationLevelNames: Record<StandardizationLevel, string> = {
  none: '未达标',
  level1: '一级',
  level2: '二级',
  level3: '三级',
};

/** 托管 (an agency runs the enterprise's safety management) or 政府购买服务 (the government pays for it). */
export const contractKinds = ['custody', 'government_purchase'] as const;
export type ContractKind = (typeof contractKinds)[number];
export const contractKindNames: Record<ContractKind, string> = {
  custody: '托管服务',
  government_purchase: '政府购买服务',
};

/**
 * Fields an enterprise account may edit on its own record (its facts: people, licences, insurance,
 * safety costs, processes). Identity, division, sector, status and 标准化 level belong to the regulator.
 */
export const enterpriseOwnedFields = [
  'address',
  'longitude',
  'latitude',
  'industryCode',
  'employees',
  'principal',
  'safetyManager',
  'registeredSafetyEngineers',
  'licences',
  'liabilityInsurance',
  'safetyCosts',
  'highRiskProcesses',
] as const;
export type EnterpriseOwnedField = (typeof enterpriseOwnedFields)[number];

/** The fields of `patch` an enterprise account is not allowed to change (empty when all are its own). */
export function fieldsNotOwnedByEnterprise(patch: Record<string, unknown>): string[] {
  return Object.keys(patch).filter(
    (k) => patch[k] !== undefined && !(enterpriseOwnedFields as readonly string[]).includes(k),
  );
}

/**
 * A field-by-field before/after of the keys present in `patch` whose value really changes; the change
 * log regulators read (and the audit diff) are built from it.
 */
export function diffFields(
  before: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const [k, after] of Object.entries(patch)) {
    if (after === undefined) continue;
    const was = before[k] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(after ?? null)) out[k] = { before: was, after: after ?? null };
  }
  return out;
}

/** Zhongwei's rough bounding box; coordinates outside a sane China box are refused (WGS-84 lon/lat). */
export const CoordinateLimits = { lonMin: 73, lonMax: 136, latMin: 3, latMax: 54 } as const;

export const EnterpriseLimits = {
  nameMax: 100,
  addressMax: 200,
  personMax: 50,
  licencesMax: 30,
  processesMax: 20,
  safetyCostYearsMax: 30,
  focusMax: 500,
  bulkAssignMax: 1000,
  importRowsMax: 10_000,
  importBytesMax: 5 * 1024 * 1024,
  exportRowsMax: 100_000,
  mapPointsMax: 20_000,
} as const;
