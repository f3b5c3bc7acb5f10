import dayjs from 'dayjs';
import {
  type EnterpriseStatus,
  enterpriseStatusNames,
  enterpriseStatuses,
  sectors,
  sizeClassNames,
  sizeClasses,
  standardizationLevelNames,
  standardizationLevels,
} from '@anjian/domain';

export const statusColor: Record<EnterpriseStatus, string> = {
  normal: 'green',
  suspended: 'orange',
  closed: 'default',
  banned: 'red',
};

export const sectorOptions = sectors.map((s) => ({ value: s.code, label: s.name }));
export const statusOptions = enterpriseStatuses.map((s) => ({ value: s, label: enterpriseStatusNames[s] }));
export const sizeOptions = sizeClasses.map((s) => ({ value: s, label: sizeClassNames[s] }));
export const levelOptions = standardizationLevels.map((s) => ({
  value: s,
  label: standardizationLevelNames[s],
}));

/** ProTable valueEnum from select options. */
export const toValueEnum = (options: { value: string; label: string }[]) =>
  Object.fromEntries(options.map((o) => [o.value, { text: o.label }]));

export const gapEnum = {
  any: { text: '任一缺口' },
  territorial: { text: '无属地责任人' },
  industry: { text: '无行业监管部门' },
};

export const dash = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? '—' : v;

/** A licence or policy lapsed before today. */
export const isExpired = (date: string | null | undefined) =>
  Boolean(date && dayjs(date).isBefore(dayjs(), 'day'));
/** Lapses within 90 days. */
export const expiresSoon = (date: string | null | undefined) =>
  Boolean(date && !isExpired(date) && dayjs(date).isBefore(dayjs().add(90, 'day')));

/** Field labels of the record, for the change log and the ownership hint. */
export const fieldLabels: Record<string, string> = {
  creditCode: '统一社会信用代码',
  name: '企业名称',
  divisionCode: '行政区划',
  address: '地址',
  longitude: '经度',
  latitude: '纬度',
  sector: '监管行业',
  secondarySectors: '其他监管行业',
  industryCode: '国民经济行业代码',
  sizeClass: '企业规模',
  employees: '从业人数',
  principal: '主要负责人',
  safetyManager: '安全管理人员',
  registeredSafetyEngineers: '注册安全工程师人数',
  standardizationLevel: '安全生产标准化等级',
  licences: '许可证',
  liabilityInsurance: '安全生产责任保险',
  safetyCosts: '安全费用',
  highRiskProcesses: '危险工艺',
  status: '状态',
  gridUserId: '属地责任人',
  industryDepartmentId: '行业监管部门',
  industryPerson: '行业监管责任人',
  enterprisePerson: '企业主体责任人',
  focus: '监管重点',
};

/** A change-log value in a line of text (lists and objects shortened). */
export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (Array.isArray(v)) return v.length ? v.map(showValue).join('、') : '（空）';
  if (typeof v === 'object') {
    const parts = Object.values(v as Record<string, unknown>).filter((x) => x !== null && x !== undefined);
    return parts.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' ');
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
