import {
  type IndicatorExportQuery,
  type IndicatorValue,
  type PeriodIndicatorValue,
  roundTo,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { divisionInScope, getIndicators } from './indicator.service.ts';
import { type ReportTable, tableToPdf, tableToXlsx } from '../../platform/files/table-export.ts';

const fmt = (v: number | null, d: number) => (v === null ? null : roundTo(v, d).toFixed(d));

/** The indicator table of a division and a year or period, as .xlsx or a printable PDF. */
export async function exportIndicators(
  ctx: AppContext,
  rc: RequestContext,
  q: IndicatorExportQuery,
): Promise<{ buffer: Buffer; filename: string; contentType: string }> {
  const division = await divisionInScope(ctx.db, requireActor(rc), q.division);
  const values = (await getIndicators(ctx, rc, q)) as (IndicatorValue & Partial<PeriodIndicatorValue>)[];
  const period = q.year === undefined;
  const when = period ? `${q.from}—${q.to} 年` : `${q.year} 年`;
  const table: ReportTable = {
    title: `${division.name}安全生产指标（${when}）`,
    subtitle: [
      `行政区划：${division.name}（${division.code}）`,
      `生成时间：${new Date().toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}`,
    ],
    columns: [
      { header: '类别', width: 8 },
      { header: '指标', width: 34 },
      { header: period ? '期间值（合计/合并）' : '数值', width: 14, align: 'right' },
      ...(period ? [{ header: '年均值（逐年平均）', width: 14, align: 'right' as const }] : []),
      { header: '单位', width: 11 },
      { header: '分子', width: 9, align: 'right' },
      { header: '分母', width: 14, align: 'right' },
      { header: '计算口径', width: 36 },
    ],
    rows: values.map((v) => [
      v.kind === 'rate' ? '相对指标' : '绝对指标',
      v.name,
      fmt(v.value, v.decimals),
      ...(period ? [fmt(v.yearlyAverage ?? null, v.decimals)] : []),
      v.unit,
      v.numerator,
      v.denominator === null ? null : `${v.denominator}`,
      v.formula + (v.denominatorLabel ? `；分母：${v.denominatorLabel}` : ''),
    ]),
    notes: [
      '数据来源：本平台事故记录与年度分母（地区生产总值、就业人员、机动车、煤炭产量、人口、特种设备）。“—”表示缺少分母。',
      '事故按发生时间（北京时间）所在年份统计；死亡人数为补报（30日内，道路交通、火灾7日内）后的数字。',
    ],
  };
  const base = `${division.name}安全生产指标_${period ? `${q.from}-${q.to}` : q.year}`;
  if (q.format === 'pdf')
    return { buffer: await tableToPdf(table), filename: `${base}.pdf`, contentType: 'application/pdf' };
  return {
    buffer: await tableToXlsx(table),
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
