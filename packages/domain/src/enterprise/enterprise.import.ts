import { sectors } from '../org/sectors.ts';
import { type CreateEnterpriseInput, createEnterpriseBody } from './enterprise.schemas.ts';
import { sizeClassNames, standardizationLevelNames } from './enterprise.ts';

/**
 * The Excel import template (企业信息导入模板): one column per field, Chinese headers, a required mark, an
 * example row. Cells are converted here (names → codes, lists split on 、) and then checked with the same
 * schema as the create form, so a file and the form can never disagree.
 */
export const importColumns = [
  { key: 'creditCode', header: '统一社会信用代码', required: true, example: '91640502MA76A1B292', width: 22 },
  { key: 'name', header: '企业名称', required: true, example: '中卫市示例化工有限公司', width: 30 },
  { key: 'divisionCode', header: '行政区划代码', required: true, example: '640502100', width: 14 },
  { key: 'address', header: '地址', required: false, example: '沙坡头区滨河镇示例路 1 号', width: 30 },
  { key: 'longitude', header: '经度', required: false, example: 105.19, width: 10 },
  { key: 'latitude', header: '纬度', required: false, example: 37.51, width: 10 },
  { key: 'sector', header: '监管行业', required: true, example: '危险化学品', width: 14 },
  {
    key: 'secondarySectors',
    header: '其他监管行业',
    required: false,
    example: '特种设备、粉尘涉爆',
    width: 20,
  },
  { key: 'industryCode', header: '国民经济行业代码', required: false, example: 'C2614', width: 12 },
  { key: 'sizeClass', header: '企业规模', required: false, example: '小型', width: 8 },
  { key: 'employees', header: '从业人数', required: false, example: 120, width: 8 },
  { key: 'principal', header: '主要负责人', required: false, example: '张三', width: 10 },
  { key: 'safetyManager', header: '安全管理人员', required: false, example: '李四', width: 10 },
  { key: 'registeredSafetyEngineers', header: '注册安全工程师人数', required: false, example: 1, width: 10 },
  { key: 'standardizationLevel', header: '安全生产标准化等级', required: false, example: '三级', width: 10 },
  { key: 'highRiskProcesses', header: '危险工艺', required: false, example: '氯化工艺、加氢工艺', width: 24 },
] as const;

export type ImportColumnKey = (typeof importColumns)[number]['key'];

export interface ImportIssue {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** Column header as printed in the template. */
  column: string;
  message: string;
}

const LIST_SEPARATOR = /[、,，;；\s]+/;

function byNameOrCode<T extends string>(value: string, names: Record<T, string>): T | undefined {
  if (value in names) return value as T;
  return (Object.keys(names) as T[]).find((k) => names[k] === value);
}
const sectorByNameOrCode = (v: string) => sectors.find((s) => s.code === v || s.name === v)?.code;

/** A cell's value as trimmed text; formulas were already replaced by their cached result. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/**
 * One spreadsheet row → a create input, or the problems of that row. `cells` follow `importColumns`
 * order; `row` is the spreadsheet row number for the messages.
 */
export function parseImportRow(
  cells: readonly unknown[],
  row: number,
): { input: CreateEnterpriseInput } | { issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const raw: Record<string, unknown> = {};
  importColumns.forEach((col, i) => {
    const text = cellText(cells[i]);
    if (text === '') return;
    const bad = (message: string) => issues.push({ row, column: col.header, message });
    switch (col.key) {
      case 'longitude':
      case 'latitude':
      case 'employees':
      case 'registeredSafetyEngineers': {
        const n = Number(text);
        if (Number.isFinite(n)) raw[col.key] = n;
        else bad('应为数字');
        return;
      }
      case 'sector': {
        const code = sectorByNameOrCode(text);
        if (code) raw.sector = code;
        else bad(`未知的监管行业“${text}”`);
        return;
      }
      case 'secondarySectors': {
        const parts = text.split(LIST_SEPARATOR).filter(Boolean);
        const codes = parts.map(sectorByNameOrCode);
        const unknown = parts.filter((_, k) => !codes[k]);
        if (unknown.length) bad(`未知的监管行业“${unknown.join('、')}”`);
        else raw.secondarySectors = codes;
        return;
      }
      case 'sizeClass': {
        const code = byNameOrCode(text, sizeClassNames);
        if (code) raw.sizeClass = code;
        else bad('应为 大型、中型、小型 或 微型');
        return;
      }
      case 'standardizationLevel': {
        const code = text === '无' ? 'none' : byNameOrCode(text, standardizationLevelNames);
        if (code) raw.standardizationLevel = code;
        else bad('应为 一级、二级、三级 或 未达标');
        return;
      }
      case 'highRiskProcesses':
        raw.highRiskProcesses = text.split(LIST_SEPARATOR).filter(Boolean);
        return;
      case 'creditCode':
      case 'name':
      case 'divisionCode':
      case 'address':
      case 'industryCode':
      case 'principal':
      case 'safetyManager':
        raw[col.key] = text;
        return;
    }
  });
  const parsed = createEnterpriseBody.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const col = importColumns.find((c) => c.key === key);
      if (col && issues.some((i) => i.column === col.header)) continue; // already explained by the conversion
      issues.push({
        row,
        column: col?.header ?? key,
        message: issue.code === 'invalid_type' && raw[key] === undefined ? '必填' : issue.message,
      });
    }
  }
  if (issues.length || !parsed.success) return { issues };
  return { input: parsed.data };
}
