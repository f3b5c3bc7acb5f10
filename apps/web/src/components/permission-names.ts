import type { Permission } from '@anjian/domain';

/** What each permission lets a role do, in the words an administrator uses. */
export const permissionNames: Partial<Record<Permission, string>> = {
  'org.read': '查看组织机构',
  'org.write': '维护组织机构',
  'user.read': '查看用户',
  'user.write': '维护用户',
  'user.grant': '授予角色',
  'user.unlock': '解锁/重置双因素',
  'role.read': '查看角色',
  'security.policy': '安全策略',
  'audit.read': '查看审计日志',
  'audit.verify': '校验审计日志',
  'enterprise.read': '查看企业',
  'enterprise.write': '维护企业',
  'enterprise.self': '维护本企业信息',
  'enterprise.import': '导入企业',
  'grid.read': '查看网格',
  'grid.assign': '分配监管责任',
  'agency.read': '查看第三方机构',
  'agency.write': '维护第三方机构',
  'agency.visit': '登记服务记录',
  'accident.read': '查看事故',
  'accident.write': '事故报告',
  'accident.investigate': '事故调查处理',
  'indicator.read': '查看指标',
  'denominator.write': '维护指标基数',
  'plan.write': '维护规划目标',
};

export const permissionName = (p: string): string => permissionNames[p as Permission] ?? p;
