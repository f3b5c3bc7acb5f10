import ExcelJS from 'exceljs';
import {
  AppError,
  type DenominatorInput,
  type FieldIssue,
  type ListDenominatorsQuery,
  denominatorBody,
  denominatorKindOf,
  denominatorKinds,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { assertWritable } from '../../platform/access/scope.ts';
import { readSheet } from '../../platform/files/xlsx-read.ts';
import { type DenominatorDbRow, denominatorRows, divisionInScope } from '../indicator/index.ts';
import { xlsxBuffer } from '../../platform/files/table-export.ts';
import { knownDivisions } from '../org/index.ts';
import { upsertDenominators } from './denominator.repository.ts';

export const presentDenominator = (r: DenominatorDbRow) => {
  const k = denominatorKindOf(r.kind);
  return {
    divisionCode: r.division_code,
    divisionName: r.division_name,
    year: r.year,
    kind: r.kind,
    kindName: k?.name ?? r.kind,
    unit: k?.unit ?? '',
    value: Number(r.value),
    source: r.source,
    updatedAt: r.updated_at.toISOString(),
  };
};

/** Denominators of a subtree (the division's own rows and those below it) in scope. */
export async function listDenominators(ctx: AppContext, rc: RequestContext, q: ListDenominatorsQuery) {
  const actor = requireActor(rc);
  const division = q.division ?? actor.divisionCode ?? ctx.config.region;
  await divisionInScope(ctx.db, actor, division);
  const from = q.year ?? q.from ?? 1949;
  const to = q.year ?? q.to ?? 2100;
  const rows = await denominatorRows(ctx.db, actor, division, from, to, q.kind);
  return rows.map(presentDenominator);
}

/** Checks every row (division exists and is the actor's) and returns the problems, naming row and field. */
async function problemsOf(
  db: Db,
  rc: RequestContext,
  rows: DenominatorInput[],
  fieldOf: (i: number, f: string) => string,
): Promise<FieldIssue[]> {
  const actor = requireActor(rc);
  const codes = [...new Set(rows.map((r) => r.divisionCode))];
  const known = await knownDivisions(db, codes);
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (!known.has(r.divisionCode))
      return issues.push({ field: fieldOf(i, 'divisionCode'), message: '行政区划不存在' });
    try {
      assertWritable(actor, r.divisionCode, null);
    } catch {
      issues.push({ field: fieldOf(i, 'divisionCode'), message: '不在本账号的管辖范围内' });
    }
    const key = `${r.divisionCode}/${r.year}/${r.kind}`;
    if (seen.has(key)) issues.push({ field: fieldOf(i, 'kind'), message: '同一区划、年份、指标重复' });
    seen.add(key);
  });
  return issues;
}

/** Upserts denominators in one transaction with one audit row; nothing is written if any row is bad. */
export async function saveDenominators(
  ctx: AppContext,
  rc: RequestContext,
  rows: DenominatorInput[],
  fieldOf = (i: number, f: string) => `rows.${i}.${f}`,
  action = 'denominator.save',
) {
  const issues = await problemsOf(ctx.db, rc, rows, fieldOf);
  if (issues.length) throw AppError.invalid(issues.slice(0, 200));
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const values = rows.slice(i, i + 500).map((r) => ({
        division_code: r.divisionCode,
        year: r.year,
        kind: r.kind,
        value: r.value,
        source: r.source ?? null,
        updated_by: requireActor(rc).userId,
        updated_at: new Date(),
      }));
      await upsertDenominators(trx, values);
    }
    await ctx.audit(trx, rc, {
      eventType: 'statistics',
      action,
      objectType: 'stat_denominator',
      objectId:
        rows.length === 1
          ? `${rows[0]?.divisionCode}/${rows[0]?.year}/${rows[0]?.kind}`
          : `${rows.length} rows`,
      diff: { rows: rows.slice(0, 200) },
    });
  });
  return { saved: rows.length };
}

const templateColumns = [
  { header: '区划代码', key: 'divisionCode', width: 14 },
  { header: '区划名称（可不填）', key: 'divisionName', width: 18 },
  { header: '年份', key: 'year', width: 8 },
  ...denominatorKinds.map((k) => ({ header: `${k.name}（${k.unit}）`, key: k.code, width: 20 })),
  { header: '数据来源', key: 'source', width: 24 },
];

/** The import template: one row per division and year, one column per denominator. */
export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('年度分母');
  ws.columns = templateColumns;
  ws.getRow(1).font = { bold: true };
  ws.addRow({
    divisionCode: '640502',
    divisionName: '沙坡头区',
    year: 2020,
    gdp: 180.5,
    industry_employees: 72000,
    motor_vehicles: 130000,
    coal_output: 20,
    population: 420000,
    special_equipment_units: 3800,
    source: '统计年鉴',
  });
  const notes = wb.addWorksheet('填写说明');
  notes.addRow(['区划代码为 6 位（区县）、9 位（乡镇）或 12 位（村）统计用区划代码；空单元格不导入。']);
  notes.addRow(['同一区划、年份、指标再次导入时覆盖原值。任何一行有错时整个文件都不导入。']);
  return xlsxBuffer(wb);
}

/** Imports the template: every row is validated first; one bad cell and nothing is written (400 lists them). */
export async function importDenominators(ctx: AppContext, rc: RequestContext, buffer: Buffer) {
  const actor = requireActor(rc);
  await divisionInScope(ctx.db, actor, actor.divisionCode ?? ctx.config.region);
  const { header, rows } = await readSheet(buffer, 5000);
  const col = (h: string) => header.findIndex((x) => x === h);
  const missing = templateColumns.filter(
    (c) => c.key !== 'divisionName' && c.key !== 'source' && col(c.header) < 0,
  );
  if (missing.length)
    throw AppError.invalid(
      missing.map((c) => ({ field: `file.${c.header}`, message: '缺少此列，请使用导入模板' })),
    );
  const out: DenominatorInput[] = [];
  const where: string[] = [];
  const issues: FieldIssue[] = [];
  for (const r of rows) {
    const cell = (key: string) => {
      const c = templateColumns.find((x) => x.key === key);
      const i = c ? col(c.header) : -1;
      return i < 0 ? null : r.cells[i];
    };
    const divisionCode = String(cell('divisionCode') ?? '').trim();
    const year = Number(cell('year'));
    for (const k of denominatorKinds) {
      const raw = cell(k.code);
      if (raw === null || String(raw).trim() === '') continue;
      const parsed = denominatorBody.safeParse({
        divisionCode,
        year,
        kind: k.code,
        value: Number(raw),
        source: cell('source') === null ? null : String(cell('source')),
      });
      if (!parsed.success) {
        for (const iss of parsed.error.issues)
          issues.push({
            field: `第${r.row}行.${iss.path[0] === 'value' ? `${k.name}` : String(iss.path[0])}`,
            message: iss.message,
          });
        continue;
      }
      out.push(parsed.data);
      where.push(`第${r.row}行`);
    }
  }
  if (issues.length) throw AppError.invalid(issues.slice(0, 200), '导入文件有错误，未导入任何数据');
  if (out.length === 0) throw AppError.invalid([{ field: 'file', message: '文件中没有可导入的数据' }]);
  return saveDenominators(ctx, rc, out, (i, f) => `${where[i]}.${f}`, 'denominator.import');
}
