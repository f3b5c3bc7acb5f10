import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  AppError,
  type CreateEnterpriseInput,
  type EnterpriseFilter,
  EnterpriseLimits,
  type ImportIssue,
  enterpriseStatusNames,
  importColumns,
  parseImportRow,
  sectorName,
  sectors,
  sizeClassNames,
  standardizationLevelNames,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './enterprise.repository.ts';
import { requirePermission } from './enterprise.service.ts';
import { placementProblem, toColumns } from './enterprise.write.ts';
import { readSheet } from '../../platform/files/xlsx-read.ts';
import { xlsxBuffer } from '../../platform/files/table-export.ts';

const headerText = (c: (typeof importColumns)[number]) => (c.required ? `${c.header}*` : c.header);

/** 企业信息导入模板: the data sheet (headers only), an instructions sheet with an example, and the sector list. */
export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业信息');
  ws.columns = importColumns.map((c) => ({ header: headerText(c), key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'header', width: 22 },
    { header: '必填', key: 'required', width: 8 },
    { header: '示例', key: 'example', width: 30 },
  ];
  for (const c of importColumns)
    help.addRow({ header: c.header, required: c.required ? '是' : '', example: c.example });
  help.addRow({});
  help.addRow({
    header:
      '说明：标 * 的列必填；统一社会信用代码按 GB 32100-2015 校验；行政区划代码为 6/9/12 位；多个值用“、”分隔。',
  });
  const sec = wb.addWorksheet('监管行业');
  sec.columns = [
    { header: '名称', key: 'name', width: 16 },
    { header: '代码', key: 'code', width: 24 },
  ];
  for (const s of sectors) sec.addRow(s);
  addDropDowns(ws, sectors.length);
  return xlsxBuffer(wb);
}

type RangeValidations = { add(range: string, v: ExcelJS.DataValidation): void };

/** Columns whose values come from reference lists: a drop-down from the same lists the check uses. */
function addDropDowns(ws: ExcelJS.Worksheet, sectorCount: number) {
  const quoted = (names: string[]) => [`"${names.join(',')}"`];
  const lists: Partial<Record<string, string[]>> = {
    sector: [`监管行业!$A$2:$A$${sectorCount + 1}`],
    sizeClass: quoted(Object.values(sizeClassNames)),
    standardizationLevel: quoted(Object.values(standardizationLevelNames)),
  };
  importColumns.forEach((c, i) => {
    const formulae = lists[c.key];
    if (!formulae) return;
    const letter = ws.getColumn(i + 1).letter;
    // ExcelJS writes a validation per cell; a range key keeps the file small (one <dataValidation sqref>).
    // (the typings leave `dataValidations` out; the range key is what the writer emits as one sqref)
    const validations = (ws as unknown as { dataValidations: RangeValidations }).dataValidations;
    validations.add(`${letter}2:${letter}${EnterpriseLimits.importRowsMax + 1}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae,
      showErrorMessage: true,
      error: `请从列表中选择${c.header}`,
    });
  });
}

export interface ImportOutcome {
  totalRows: number;
  imported: number;
  skipped: ImportIssue[];
}

/**
 * Imports an .xlsx of enterprises. Every row is checked (schema, division, scope, duplicate codes in
 * the file and in the registry). With any bad row nothing is written (400 listing every issue), unless
 * `valid-only` was chosen; the rows are written in one transaction with one audit row.
 */
export async function importEnterprises(
  ctx: AppContext,
  rc: RequestContext,
  file: { buffer: Buffer; filename: string },
  mode: 'all' | 'valid-only',
): Promise<ImportOutcome> {
  const { actor, rows, issues, good } = await checkImport(ctx, rc, file.buffer);
  if (issues.length && mode === 'all') {
    throw AppError.invalid(
      issues.map((i) => ({ field: `row ${i.row}: ${i.column}`, ...i })),
      `导入文件有 ${new Set(issues.map((i) => i.row)).size} 行错误，未写入任何数据`,
    );
  }
  const sha256 = crypto.createHash('sha256').update(file.buffer).digest('hex');
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < good.length; i += 500) {
      const batch = good.slice(i, i + 500).map(({ input }) => ({ id: crypto.randomUUID(), input }));
      await repo.insertEnterprise(
        trx,
        batch.map(({ id, input }) => ({
          id,
          ...toColumns(input),
          credit_code: input.creditCode,
          name: input.name,
          division_code: input.divisionCode,
          sector: input.sector,
        })),
      );
      await repo.insertEnterpriseChange(
        trx,
        batch.map(({ id }) => ({
          enterprise_id: id,
          division_code: repo.divisionOfEnterprise(id),
          user_id: actor.userId,
          username: actor.username,
          role_code: actor.role,
          source: 'import' as const,
          changes: JSON.stringify({ import: { before: null, after: file.filename } }),
        })),
      );
    }
    await ctx.audit(trx, rc, {
      eventType: 'enterprise',
      action: 'enterprise.import',
      objectType: 'enterprise',
      objectId: `${good.length} 家`,
      diff: {
        file: file.filename.slice(0, 200),
        sha256,
        mode,
        rows: rows.length,
        imported: good.length,
        skippedRows: [...new Set(issues.map((i) => i.row))],
      },
    });
  });
  return { totalRows: rows.length, imported: good.length, skipped: issues };
}

/**
 * The uploaded rows back as .xlsx with a 错误说明 column and the bad cells filled red, so the regulator
 * fixes them in place and uploads the file again. Nothing is written; every row's issues are listed.
 */
export async function importErrorReport(
  ctx: AppContext,
  rc: RequestContext,
  buffer: Buffer,
): Promise<Buffer> {
  const { header, rows, issues } = await checkImport(ctx, rc, buffer);
  const byRow = new Map<number, ImportIssue[]>();
  for (const i of issues) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业信息');
  ws.addRow([...header, '错误说明']);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const red: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  const bare = header.map((h) => h.replace(/\*$/, '').trim());
  for (const r of rows) {
    const found = byRow.get(r.row) ?? [];
    const line = ws.addRow([
      ...header.map((_, i) => r.cells[i] ?? null),
      found.map((i) => `${i.column}：${i.message}`).join('；') || null,
    ]);
    for (const i of found) {
      const at = bare.indexOf(i.column);
      if (at >= 0) line.getCell(at + 1).fill = red;
    }
  }
  ws.getColumn(header.length + 1).width = 60;
  return xlsxBuffer(wb);
}

/** Reads and checks every row (nothing written): the issues of all rows and the rows fit to write. */
async function checkImport(ctx: AppContext, rc: RequestContext, buffer: Buffer) {
  const actor = requireActor(rc);
  requirePermission(actor, 'enterprise.import');
  const { header, rows } = await readSheet(buffer, EnterpriseLimits.importRowsMax);
  const positions = importColumns.map((c) =>
    header.findIndex((h) => h.replace(/\*$/, '').trim() === c.header),
  );
  const missing = importColumns.filter((c, i) => c.required && positions[i] === -1);
  if (missing.length)
    throw AppError.invalid(
      missing.map((c) => ({ field: 'file', row: 1, column: c.header, message: '模板缺少此列' })),
      '文件不是企业导入模板',
    );
  if (rows.length === 0) throw AppError.invalid([{ field: 'file', message: '文件中没有数据行' }]);

  const issues: ImportIssue[] = [];
  const parsed: { row: number; input: CreateEnterpriseInput }[] = [];
  for (const r of rows) {
    const res = parseImportRow(
      positions.map((p) => (p >= 0 ? r.cells[p] : null)),
      r.row,
    );
    if ('issues' in res) issues.push(...res.issues);
    else parsed.push({ row: r.row, input: res.input });
  }
  const divisions = await repo.existingDivisions(ctx.db, [
    ...new Set(parsed.map((p) => p.input.divisionCode)),
  ]);
  const taken = await repo.takenCreditCodes(
    ctx.db,
    parsed.map((p) => p.input.creditCode),
  );
  const seen = new Map<string, number>();
  const good: typeof parsed = [];
  const col = (key: string) => importColumns.find((c) => c.key === key)?.header ?? key;
  for (const p of parsed) {
    const bad = (key: string, message: string) => issues.push({ row: p.row, column: col(key), message });
    const before = issues.length;
    if (!divisions.has(p.input.divisionCode)) bad('divisionCode', '行政区划不存在');
    else {
      const problem = placementProblem(
        actor,
        p.input.divisionCode,
        p.input.sector,
        p.input.secondarySectors ?? [],
      );
      if (problem) bad(problem.field, problem.message);
    }
    if (taken.has(p.input.creditCode)) bad('creditCode', '统一社会信用代码已登记');
    const dup = seen.get(p.input.creditCode);
    if (dup) bad('creditCode', `与第 ${dup} 行的统一社会信用代码重复`);
    else seen.set(p.input.creditCode, p.row);
    if (issues.length === before) good.push(p);
  }
  issues.sort((a, b) => a.row - b.row);
  return { actor, header, rows, issues, good };
}

/** The filtered list as .xlsx (same columns as the template, plus status and grid), audit-logged. */
export async function exportEnterprises(
  ctx: AppContext,
  rc: RequestContext,
  f: EnterpriseFilter,
): Promise<Buffer> {
  const actor = requireActor(rc);
  const rows = await repo.exportRows(ctx.db, actor, f, EnterpriseLimits.exportRowsMax);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业信息');
  ws.columns = [
    ...importColumns.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    { header: '状态', key: 'status', width: 10 },
    { header: '属地责任人', key: 'gridUser', width: 14 },
    { header: '行业监管部门', key: 'department', width: 24 },
    { header: '行业监管责任人', key: 'industryPerson', width: 12 },
    { header: '企业主体责任人', key: 'enterprisePerson', width: 12 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow({
      creditCode: r.credit_code,
      name: r.name,
      divisionCode: r.division_code,
      address: r.address,
      longitude: r.longitude,
      latitude: r.latitude,
      sector: sectorName(r.sector),
      secondarySectors: r.secondary_sectors.map(sectorName).join('、'),
      industryCode: r.industry_code,
      sizeClass: r.size_class ? sizeClassNames[r.size_class as keyof typeof sizeClassNames] : null,
      employees: r.employees,
      principal: r.principal,
      safetyManager: r.safety_manager,
      registeredSafetyEngineers: r.registered_safety_engineers,
      standardizationLevel: standardizationLevelNames[r.standardization_level],
      highRiskProcesses: r.high_risk_processes.join('、'),
      status: enterpriseStatusNames[r.status],
      gridUser: r.grid_user_name,
      department: r.industry_department_name,
      industryPerson: r.industry_person,
      enterprisePerson: r.enterprise_person,
    });
  }
  const buf = xlsxBuffer(wb);
  await ctx.db.transaction().execute((trx) =>
    ctx.audit(trx, rc, {
      eventType: 'enterprise',
      action: 'enterprise.export',
      objectType: 'enterprise',
      objectId: `${rows.length} 家`,
      diff: { filter: f, rows: rows.length },
    }),
  );
  return buf;
}
