import {
  type GuarantorRole,
  type MajorHazardUnit,
  evaluationStatusNames,
  majorHazardUnitKindNames,
} from '@anjian/domain';
import { tableToXlsx } from '../../platform/files/table-export.ts';

/**
 * The export in the layout of a 危险化学品重大危险源备案登记表. No provincial (宁夏) template could be cited,
 * so the columns are those commonly published for the 备案 (《危险化学品重大危险源监督管理暂行规定》 第二十三条
 * lists what the 备案 carries: 辨识、分级记录, 安全评估报告, 包保责任人 …); see docs/api-major-hazard.md.
 */
export const registrationColumns = [
  { header: '序号', width: 6 },
  { header: '备案编号', width: 16 },
  { header: '所在县区', width: 12 },
  { header: '企业名称', width: 28 },
  { header: '统一社会信用代码', width: 20 },
  { header: '重大危险源（单元）名称', width: 20 },
  { header: '单元类型', width: 10 },
  { header: '危险化学品名称及设计最大量（t）', width: 36 },
  { header: '厂区边界外500m内人数', width: 10 },
  { header: 'S（Σq/Q）', width: 10 },
  { header: 'R', width: 10 },
  { header: '级别', width: 8 },
  { header: '主要负责人', width: 18 },
  { header: '技术负责人', width: 18 },
  { header: '操作负责人', width: 18 },
  { header: '安全评估日期', width: 12 },
  { header: '下次评估到期', width: 12 },
  { header: '评估状态', width: 16 },
  { header: '备案日期', width: 12 },
] as const;

const chemicalText = (u: MajorHazardUnit) =>
  u.chemicals
    .map((c) => {
      const label = c.name ?? c.cas ?? (c.symbol === undefined ? '自定义' : [c.symbol].flat().join('、'));
      return `${label} ${String(c.q)}`;
    })
    .join('；');

const person = (u: MajorHazardUnit, role: GuarantorRole) => {
  const g = u.registration?.guarantors.find((x) => x.role === role);
  if (!g) return u.registration ? '未明确' : '';
  const extra = [g.title, g.phone].filter(Boolean).join('，');
  return extra ? `${g.name}（${extra}）` : g.name;
};

export function registrationXlsx(units: (MajorHazardUnit & { creditCode: string })[], generatedAt: Date) {
  return tableToXlsx({
    title: '危险化学品重大危险源备案登记表',
    subtitle: [
      `依据 GB 18218-2018《危险化学品重大危险源辨识》；导出时间 ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    ],
    columns: registrationColumns.map((c) => ({ ...c })),
    rows: units.map((u, i) => {
      const r = u.registration;
      return [
        i + 1,
        r?.recordNo ?? '',
        u.divisionName,
        u.enterpriseName,
        u.creditCode,
        u.name,
        majorHazardUnitKindNames[u.kind],
        chemicalText(u),
        u.exposedPeople,
        u.S,
        u.R,
        u.isMajor ? (u.level ?? '') : '非重大危险源',
        person(u, 'principal'),
        person(u, 'technical'),
        person(u, 'operational'),
        r?.evaluatedOn ?? '',
        r?.evaluationDueOn ?? '',
        r ? evaluationStatusNames[r.evaluationStatus] : '',
        r?.registeredOn ?? '',
      ];
    }),
    notes: [
      'S = Σ qᵢ/Qᵢ ≥ 1 为重大危险源；R = α·Σ βᵢ·qᵢ/Qᵢ 分级：一级 R ≥ 100，二级 100 > R ≥ 50，三级 50 > R ≥ 10，四级 R < 10。',
      '栏目参照通行的危险化学品重大危险源备案登记表；未取得宁夏回族自治区的备案表式样，如有省级式样以其为准。',
      '安全评估满三年或单元变更后应重新辨识、评估及分级（《危险化学品重大危险源监督管理暂行规定》）。',
    ],
  });
}
