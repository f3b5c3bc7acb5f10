import { roundTo } from '@anjian/domain';
import type { RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { type ReportTable, tableToPdf, tableToXlsx } from '../../platform/files/table-export.ts';
import { getTargetTable } from './plan.service.ts';

const f = (v: number | null, d: number) => (v === null ? null : roundTo(v, d).toFixed(d));

/** The plan's target table (e.g. 十二五规划指标完成情况) as .xlsx or a printable PDF. */
export async function exportPlanTable(
  ctx: AppContext,
  rc: RequestContext,
  planId: string,
  division: string,
  format: 'xlsx' | 'pdf',
) {
  const t = await getTargetTable(ctx, rc, planId, division);
  const p = t.plan;
  const table: ReportTable = {
    title: `${t.division.name}安全生产“${p.name}”规划指标完成情况`,
    subtitle: [
      `规划期 ${p.startYear}—${p.endYear} 年；基数：${p.baselineLabel ?? `${p.baselineFrom}—${p.baselineTo}`}`,
    ],
    columns: [
      { header: '指标', width: 32 },
      { header: '基数（规划）', width: 10, align: 'right' },
      { header: '基数（计算）', width: 10, align: 'right' },
      { header: '目标', width: 9, align: 'right' },
      { header: '规划降幅%', width: 9, align: 'right' },
      { header: '年均降幅%（几何）', width: 10, align: 'right' },
      { header: '年均降幅%（算术）', width: 10, align: 'right' },
      { header: '执行年份', width: 8, align: 'center' },
      { header: '执行值', width: 9, align: 'right' },
      { header: '实际降幅%', width: 9, align: 'right' },
      { header: '状态', width: 8 },
    ],
    rows: t.rows.map((r) => [
      `${r.name}（${r.unit}）`,
      f(r.statedBaseline, r.decimals),
      f(r.computedBaseline, r.decimals),
      `${r.note ?? ''}${f(r.target, r.decimals)}`,
      f(r.targetDrop.dropPct, 2),
      f(r.targetDrop.annualCompoundPct, 2),
      f(r.targetDrop.annualSimplePct, 2),
      r.actualYear,
      f(r.actual, r.decimals),
      f(r.actualDrop.dropPct, 2),
      r.statusName,
    ]),
    notes: [
      '降幅 =（基数 − 值）÷ 基数；年均降幅（几何）= 1 −（值 ÷ 基数）^(1/n)，年均降幅（算术）= 降幅 ÷ n，n 为基数年至规划末年的年数。',
      '进度：按几何年均降幅从基数到目标的路径，当年值不高于路径值为“进度正常”，否则“存在风险”；末年不高于目标为“已完成”。',
    ],
  };
  const name = `${t.division.name}_${p.name}规划指标`;
  if (format === 'pdf')
    return { buffer: await tableToPdf(table), filename: `${name}.pdf`, contentType: 'application/pdf' };
  return {
    buffer: await tableToXlsx(table),
    filename: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
