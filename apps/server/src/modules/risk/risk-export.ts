import ExcelJS from 'exceljs';
import { z } from 'zod';
import {
  type RiskExportQuery,
  type RiskLevel,
  cycleUnitNames,
  hazardStatusNames,
  riskColorOf,
  riskGradeOf,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './risk-model.repository.ts';
import { xlsxBuffer } from '../../platform/files/table-export.ts';

type Cell = string | number | null;
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const HAZARD_ROWS_MAX = 5000;

/**
 * The risk model in the layout provincial platforms take (双重预防数字化建设指南 interface tables): one
 * array / sheet per table, columns named as in the guide's tables, rows in the actor's scope.
 */
export async function riskExportTables(
  ctx: AppContext,
  rc: RequestContext,
  q: Pick<RiskExportQuery, 'enterpriseId'>,
) {
  const actor = requireActor(rc);
  const { db } = ctx;
  const e = q.enterpriseId;
  const [units, events, measures, tasks, records] = await Promise.all([
    repo.listUnits(db, actor, { enterpriseId: e }),
    db
      .selectFrom('risk_event as v')
      .selectAll('v')
      .where(repo.riskScope(actor, 'v'))
      .$if(!!e, (x) => x.where('v.enterprise_id', '=', e!))
      .orderBy('v.unit_id')
      .orderBy('v.id')
      .execute(),
    db
      .selectFrom('risk_measure as m')
      .selectAll('m')
      .where(repo.riskScope(actor, 'm'))
      .$if(!!e, (x) => x.where('m.enterprise_id', '=', e!))
      .orderBy('m.unit_id')
      .orderBy('m.id')
      .execute(),
    repo
      .tasksWhere(db, actor)
      .$if(!!e, (x) => x.where('t.enterprise_id', '=', e!))
      .execute(),
    db
      .selectFrom('risk_check_record as r')
      .selectAll('r')
      .where(repo.riskScope(actor, 'r'))
      .$if(!!e, (x) => x.where('r.enterprise_id', '=', e!))
      .orderBy('r.checked_at', 'desc')
      .orderBy('r.id')
      .limit(20000)
      .execute(),
  ]);
  const enterpriseIds = [...new Set(units.map((u) => u.enterprise_id))];
  const linked = new Map(records.filter((r) => r.hazard_id).map((r) => [r.hazard_id!, r]));
  const hazards = enterpriseIds.length
    ? await db
        .selectFrom('hazard as h')
        .select([
          'h.id',
          'h.enterprise_id',
          'h.source',
          'h.location',
          'h.description',
          'h.level',
          'h.status',
          'h.deadline',
          'h.found_at',
          'h.reported_at',
          'h.accepted_at',
        ])
        .where(repo.riskScope(actor, 'h'))
        .where('h.enterprise_id', 'in', enterpriseIds)
        .orderBy('h.reported_at', 'desc')
        .limit(HAZARD_ROWS_MAX)
        .execute()
    : [];
  const unitGrade = (id: string) =>
    riskGradeOf(events.filter((e) => e.unit_id === id).map((e) => e.level as RiskLevel));
  const tables: Record<string, Record<string, Cell>[]> = {
    风险分析单元: units.map((u) => ({
      风险分析单元ID: u.id,
      企业ID: u.enterprise_id,
      企业名称: u.enterprise_name,
      风险分析对象: u.object_name,
      对象类型: u.object_kind,
      风险分析单元名称: u.name,
      责任部门: u.department,
      责任人: u.responsible_person,
      风险等级: unitGrade(u.id),
      风险颜色: riskColorOf(unitGrade(u.id)),
    })),
    风险事件: events.map((e) => ({
      风险事件ID: e.id,
      风险分析单元ID: e.unit_id,
      企业ID: e.enterprise_id,
      风险事件名称: e.name,
      可能后果: e.consequence,
      评价方法: e.method,
      L: e.l,
      E: e.e,
      C: e.c,
      S: e.s,
      风险值: e.score,
      危险程度: e.danger_class,
      风险等级: e.level,
      风险颜色: e.color,
      规则版本: e.rule_version,
    })),
    管控措施: measures.map((m) => ({
      管控措施ID: m.id,
      风险事件ID: m.event_id,
      风险分析单元ID: m.unit_id,
      企业ID: m.enterprise_id,
      措施类型: m.type,
      管控措施描述: m.content,
      管控层级: m.responsible_level,
      责任人: m.responsible_person,
    })),
    排查任务: tasks.map((t) => ({
      排查任务ID: t.id,
      管控措施ID: t.measure_id,
      风险分析单元ID: t.unit_id,
      企业ID: t.enterprise_id,
      排查内容: t.content,
      排查周期: t.cycle_num,
      周期单位: cycleUnitNames[t.cycle_unit],
      责任人: t.responsible_person,
      开始时间: iso(t.starts_at),
      最近排查时间: iso(t.last_checked_at as Date | null),
    })),
    排查记录: records.map((r) => ({
      排查记录ID: r.id,
      排查任务ID: r.task_id,
      企业ID: r.enterprise_id,
      排查结果: r.result === 'normal' ? '正常' : '发现隐患',
      隐患ID: r.hazard_id,
      排查说明: r.comment,
      排查人: r.checker_name,
      排查时间: iso(r.checked_at),
    })),
    隐患治理信息: hazards.map((h) => ({
      隐患ID: h.id,
      企业ID: h.enterprise_id,
      排查任务ID: linked.get(h.id)?.task_id ?? null,
      隐患来源: h.source,
      隐患位置: h.location,
      隐患描述: h.description,
      隐患等级: h.level,
      治理状态: hazardStatusNames[h.status],
      整改期限: h.deadline ? String(h.deadline).slice(0, 10) : null,
      发现时间: iso(h.found_at),
      上报时间: iso(h.reported_at),
      验收时间: iso(h.accepted_at),
    })),
  };
  return tables;
}

export const riskExportSchema = z.record(
  z.string(),
  z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
);

export async function riskExportXlsx(tables: Record<string, Record<string, Cell>[]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(tables)) {
    const ws = wb.addWorksheet(name);
    const headers = rows[0] ? Object.keys(rows[0]) : ['（无数据）'];
    ws.addRow(headers).font = { bold: true };
    for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
    ws.columns.forEach((c) => (c.width = 18));
  }
  return xlsxBuffer(wb);
}

/** Four-colour map data: enterprises in scope that have risk units, their derived grade and coordinates, and their units' colours. */
export async function riskMap(ctx: AppContext, rc: RequestContext) {
  const actor = requireActor(rc);
  const [units, levels] = await Promise.all([
    repo.listUnits(ctx.db, actor, {}),
    repo.eventLevels(ctx.db, actor),
  ]);
  const ids = [...new Set(units.map((u) => u.enterprise_id))];
  const ents = ids.length
    ? await ctx.db
        .selectFrom('enterprise')
        .select(['id', 'name', 'division_code', 'longitude', 'latitude'])
        .where('id', 'in', ids)
        .orderBy('name')
        .execute()
    : [];
  const items = ents.map((e) => {
    const us = units
      .filter((u) => u.enterprise_id === e.id)
      .map((u) => {
        const grade = riskGradeOf(levels.filter((l) => l.unit_id === u.id).map((l) => l.level));
        return { id: u.id, name: u.name, grade, color: riskColorOf(grade) };
      });
    const grade = riskGradeOf(us.map((u) => u.grade));
    return {
      id: e.id,
      name: e.name,
      divisionCode: e.division_code,
      longitude: e.longitude,
      latitude: e.latitude,
      grade,
      color: riskColorOf(grade),
      units: us,
    };
  });
  const counts = { red: 0, orange: 0, yellow: 0, blue: 0, none: 0 };
  for (const i of items) counts[i.color ?? 'none']++;
  return { items, counts };
}
