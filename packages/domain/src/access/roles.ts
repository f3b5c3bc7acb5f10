/**
 * Roles of PRODUCT.md §1 and their permissions (SECURITY.md AC-01, AC-04, AC-06). The three separated
 * admin roles (三员) hold no business permission and no two of them overlap; a business role never holds
 * an admin permission. Permissions are declarative data: the server checks them in one place.
 */
export const permissions = [
  'org.read', // divisions, departments, sectors
  'org.write',
  'user.read',
  'user.write', // create / edit accounts, reset password, enable / disable
  'user.grant', // assign roles (security admin)
  'user.unlock',
  'role.read',
  'security.policy', // password, lockout, session, MFA policy
  'audit.read',
  'audit.verify',
  // Business permissions (PRODUCT.md §2 modules 1–2); the 三员 hold none of them (AC-04).
  'enterprise.read', // registry list / detail / export / map, change log
  'enterprise.write', // create, edit every field, change status (regulators)
  'enterprise.self', // an enterprise account edits the fields it owns on its own record
  'enterprise.import', // Excel import
  'grid.read', // coverage report, workload
  'grid.assign', // 属地 / 行业 responsibility per enterprise, bulk assignment
  'agency.read', // third-party agency registry, staff, contracts, visits
  'agency.write', // registry, staff and contracts (regulators)
  'agency.visit', // record service visits (the agency's own staff)
  // Accidents, indicators and plan targets (PRODUCT.md modules 6, 7, 16); none for the 三员 (AC-04).
  'accident.read', // accident list / detail / timeline / investigation
  'accident.write', // file an accident, supplementary reports, reporting steps
  'accident.investigate', // investigation, responsibility, penalties, 整改措施 follow-up (查处督办)
  'indicator.read', // indicators, denominators, plans and targets, dashboard, exports
  'denominator.write', // yearly denominators: entry and .xlsx import
  'plan.write', // plan periods, targets, decomposition to counties
  // Dual prevention (PRODUCT.md module 3): who stands where in the hazard loop is also in hazard/lifecycle.ts.
  'hazard.read', // hazard list / detail / statistics / photos
  'hazard.report', // report a hazard (企业自查, 网格巡查, 执法检查, 第三方, 群众举报)
  'hazard.assess', // assess: level, deadline, 挂牌督办 (regulators)
  'hazard.rectify', // rectify and apply for acceptance (the enterprise)
  'hazard.accept', // accept (销号) or reject a rectification (regulators)
  'risk.read', // risk model, LEC / LS calculators, checklists
  'risk.write', // risk model maintenance
  'selfcheck.write', // self-inspection plans and recording their tasks (the enterprise itself)
  'reference.write', // figures set by law and the holiday schedule (system admin)
  'notification.channel', // the outbound notification channel (webhook), off by default (system admin)
  'majorhazard.read', // 重大危险源 units, inventories, levels, export (GB 18218-2018)
  'majorhazard.write', // an enterprise's units and inventories (the enterprise itself)
  // 监管执法 (PRODUCT.md module 5): the case steps' permissions are those of enforcement/case-machine.ts.
  'enforcement.read', // cases (an enterprise: those against itself), clocks, plans, draws
  'enforcement.write', // 立案, 执法人员 pool, inspection plans, 双随机 draws (regulators)
  'enforcement.case.investigate', // 调查取证, 告知, 送达, 执行 (the case's 执法人员)
  'enforcement.case.legalReview', // 法制审核 (never the case's investigators, 行政处罚法 第五十八条)
  'enforcement.case.hearing', // chairs a 听证 (never the case's investigators, 第六十四条)
  'enforcement.case.decide', // 决定, 不予处罚, 移送, 撤销立案, 结案 (the authority's head)
  'document.read', // 执法文书 issued by the office (detail, PDF); the public page needs none
  'document.withdraw', // withdraw an issued document (its public page then says 已撤回)
  'monitoring.read', // 在线监测: points, live trends, alarms, ingestion counters
  'monitoring.write', // an enterprise's monitoring points and their thresholds (the enterprise itself)
  'monitoring.ack', // acknowledge an alarm (the enterprise's duty room, the regulator's control room)
] as const;
export type Permission = (typeof permissions)[number];

export type ScopeKind = 'all' | 'division' | 'department' | 'enterprise' | 'agency' | 'none';

export interface RoleDefinition {
  code: string;
  name: string;
  nameEn: string;
  /** Which of the user's attachments bounds the data the role sees. */
  scope: ScopeKind;
  /** The separated admin roles (三员) of SECURITY.md AC-04. */
  admin: boolean;
  /** Government staff: password expiry and (outside demo mode) mandatory second factor apply. */
  government: boolean;
  permissions: readonly Permission[];
}

const businessRead: Permission[] = ['org.read'];
/** Regulators who keep the registry: city and county offices. */
/** Accident and statistics work of a territorial office (city: also plans and targets). */
const accidentOffice: Permission[] = [
  'accident.read',
  'accident.write',
  'accident.investigate',
  'indicator.read',
  'denominator.write',
];
/** Regulators in the hazard loop: report (执法检查), assess, accept or reject. */
const hazardRegulator: Permission[] = [
  'hazard.read',
  'hazard.report',
  'hazard.assess',
  'hazard.accept',
  'risk.read',
  'risk.write',
  'majorhazard.read',
  'monitoring.read',
  'monitoring.ack',
];
/** A law-enforcing office (执法主体): files and works cases, plans and draws inspections. */
const enforcementOffice: Permission[] = [
  'enforcement.read',
  'enforcement.write',
  'enforcement.case.investigate',
  'enforcement.case.legalReview',
  'enforcement.case.hearing',
  'enforcement.case.decide',
];
/** Offices that issue 执法文书: read and withdraw their own. */
const documentOffice: Permission[] = ['document.read', 'document.withdraw'];
const registryKeeper: Permission[] = [
  'enterprise.read',
  'enterprise.write',
  'enterprise.import',
  'grid.read',
  'grid.assign',
  'agency.read',
  'agency.write',
  'agency.visit',
];

export const roles = [
  {
    code: 'city_supervisor',
    name: '市级监管人员',
    nameEn: 'City supervisor',
    scope: 'division',
    admin: false,
    government: true,
    permissions: [
      ...businessRead,
      'user.read',
      ...registryKeeper,
      ...accidentOffice,
      'plan.write',
      ...hazardRegulator,
      ...enforcementOffice,
      ...documentOffice,
    ],
  },
  {
    code: 'county_supervisor',
    name: '区县监管人员',
    nameEn: 'County supervisor',
    scope: 'division',
    admin: false,
    government: true,
    permissions: [
      ...businessRead,
      'user.read',
      ...registryKeeper,
      ...accidentOffice,
      ...hazardRegulator,
      ...enforcementOffice,
      ...documentOffice,
    ],
  },
  {
    code: 'grid_member',
    name: '乡镇/村网格员',
    nameEn: 'Grid member',
    scope: 'division',
    admin: false,
    government: true,
    permissions: [
      ...businessRead,
      'enterprise.read',
      'grid.read',
      'agency.read',
      'accident.read',
      'hazard.read',
      'hazard.report',
      'risk.read',
    ],
  },
  {
    code: 'department_officer',
    name: '行业部门监管人员',
    nameEn: 'Industry department officer',
    scope: 'department',
    admin: false,
    government: true,
    permissions: [
      ...businessRead,
      'enterprise.read',
      'enterprise.write',
      'grid.read',
      'agency.read',
      'accident.read',
      'accident.write',
      ...hazardRegulator,
      ...enforcementOffice,
    ],
  },
  {
    code: 'enterprise_user',
    name: '企业用户',
    nameEn: 'Enterprise user',
    scope: 'enterprise',
    admin: false,
    government: false,
    permissions: [
      'enterprise.read',
      'enterprise.self',
      'accident.read',
      'hazard.read',
      'hazard.report',
      'hazard.rectify',
      'risk.read',
      'risk.write',
      'selfcheck.write',
      'majorhazard.read',
      'majorhazard.write',
      'enforcement.read',
      'monitoring.read',
      'monitoring.write',
      'monitoring.ack',
    ],
  },
  {
    code: 'agency_user',
    name: '第三方机构人员',
    nameEn: 'Third-party agency staff',
    scope: 'agency',
    admin: false,
    government: false,
    permissions: [
      'enterprise.read',
      'agency.read',
      'agency.visit',
      'hazard.read',
      'hazard.report',
      'risk.read',
    ],
  },
  {
    code: 'system_admin',
    name: '系统管理员',
    nameEn: 'System administrator',
    scope: 'all',
    admin: true,
    government: true,
    permissions: [
      'org.read',
      'org.write',
      'user.read',
      'user.write',
      'role.read',
      'reference.write',
      'notification.channel',
    ],
  },
  {
    code: 'security_admin',
    name: '安全管理员',
    nameEn: 'Security administrator',
    scope: 'all',
    admin: true,
    government: true,
    permissions: ['org.read', 'user.read', 'user.grant', 'user.unlock', 'role.read', 'security.policy'],
  },
  {
    code: 'audit_admin',
    name: '审计管理员',
    nameEn: 'Audit administrator',
    scope: 'all',
    admin: true,
    government: true,
    permissions: ['audit.read', 'audit.verify'],
  },
] as const satisfies readonly RoleDefinition[];

export type RoleCode = (typeof roles)[number]['code'];
export const roleCodes = roles.map((r) => r.code) as [RoleCode, ...RoleCode[]];
export const businessRoleCodes = roles.filter((r) => !r.admin).map((r) => r.code);
export const adminRoleCodes = roles.filter((r) => r.admin).map((r) => r.code);

export function roleDefinition(code: string | null | undefined): RoleDefinition | undefined {
  return roles.find((r) => r.code === code);
}

/** AC-01: an account without a role holds no permission and sees only its own profile. */
export function hasPermission(role: string | null | undefined, permission: Permission): boolean {
  return roleDefinition(role)?.permissions.includes(permission) ?? false;
}

/** What an account must be attached to for its role's scope to mean anything. */
export function requiredAttachment(
  role: RoleCode,
): 'division' | 'department' | 'enterprise' | 'agency' | null {
  const scope = roleDefinition(role)?.scope;
  if (scope === 'agency') return 'agency';
  if (scope === 'division') return 'division';
  if (scope === 'department') return 'department';
  if (scope === 'enterprise') return 'enterprise';
  return null;
}
