import {
  AppError,
  type UpdateCheckTaskInput,
  type UpdateRiskEventInput,
  type UpdateRiskMeasureInput,
  type UpdateRiskObjectInput,
  type UpdateRiskUnitInput,
} from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { findInScope, write } from './risk-model.access.ts';
import { assess, getEvent, getMeasure, getObject, getUnit, phoneColumns } from './risk-model.service.ts';
import * as repo from './risk-model.repository.ts';
import { getTask } from './risk-task.service.ts';

/* Edits and deletions of the risk model. 排查记录 are evidence: never edited, and nothing above them is deleted. */

export type Editable = repo.EditableRiskTable;

const names: Record<Editable, string> = {
  risk_object: '风险分析对象',
  risk_unit: '风险分析单元',
  risk_event: '风险事件',
  risk_measure: '管控措施',
  risk_check_task: '排查任务',
};

const action = (table: Editable, verb: 'update' | 'delete') =>
  `${table.replace('risk_', 'risk.').replace('check_', '')}.${verb}`;

/** Only the fields given (undefined = untouched, null = cleared). */
const given = <T extends Record<string, unknown>>(v: T) =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Partial<T>;

/** The row, locked for this transaction: the audit's "before" is what the change really replaced. */
async function lockRow(trx: Db, table: Editable, id: string) {
  const row = await repo.lockRiskRow(trx, table, id);
  if (!row) throw new AppError('NOT_FOUND', `${names[table]}不存在`);
  return row;
}

async function update(
  ctx: AppContext,
  rc: RequestContext,
  table: Editable,
  id: string,
  after: object,
  columns: Record<string, unknown>,
) {
  // Scope first, outside the transaction: an out-of-scope id is a 404 with its denied-access audit row.
  await findInScope(ctx.db, requireActor(rc), table, id);
  const diff: { before?: unknown; after: object } = { after };
  await write(
    ctx,
    rc,
    action(table, 'update'),
    table,
    id,
    async (trx) => {
      diff.before = await lockRow(trx, table, id);
      await repo.updateRiskRow(trx, table, id, given(columns));
    },
    diff,
  );
}

export async function updateObject(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  v: UpdateRiskObjectInput,
) {
  await update(ctx, rc, 'risk_object', id, v, {
    kind: v.kind,
    name: v.name,
    code: v.code,
    description: v.description,
  });
  return getObject(ctx, rc, id);
}

export async function updateUnit(ctx: AppContext, rc: RequestContext, id: string, v: UpdateRiskUnitInput) {
  await update(ctx, rc, 'risk_unit', id, v, {
    name: v.name,
    location: v.location,
    department: v.department,
    responsible_person: v.responsiblePerson,
    ...phoneColumns(ctx, v.responsiblePhone),
  });
  return getUnit(ctx, rc, id);
}

/** A new assessment is scored again (D or R, level, colour, rule version): the stored grade never drifts. */
export async function updateEvent(ctx: AppContext, rc: RequestContext, id: string, v: UpdateRiskEventInput) {
  const scored = v.assessment ? assess(v.assessment) : undefined;
  const after = scored ? { ...v, score: scored.score, level: scored.level } : v;
  await update(ctx, rc, 'risk_event', id, after, {
    name: v.name,
    consequence: v.consequence,
    ...scored,
  });
  return getEvent(ctx, rc, id);
}

export async function updateMeasure(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  v: UpdateRiskMeasureInput,
) {
  await update(ctx, rc, 'risk_measure', id, v, {
    type: v.type,
    content: v.content,
    responsible_level: v.responsibleLevel,
    responsible_person: v.responsiblePerson,
  });
  return getMeasure(ctx, rc, id);
}

/** A new cycle moves the next due date, which is derived from the last record and the cycle. */
export async function updateTask(ctx: AppContext, rc: RequestContext, id: string, v: UpdateCheckTaskInput) {
  await update(ctx, rc, 'risk_check_task', id, v, {
    content: v.content,
    responsible_person: v.responsiblePerson,
    cycle_num: v.cycle?.num,
    cycle_unit: v.cycle?.unit,
  });
  return getTask(ctx, rc, id);
}

/**
 * Deletes a row in scope with everything beneath it (the foreign keys cascade), with its audit row — unless
 * 排查记录 (or the hazards they link) hang beneath it: they are evidence, so the deletion is a 409 naming them.
 */
export async function remove(ctx: AppContext, rc: RequestContext, table: Editable, id: string) {
  await findInScope(ctx.db, requireActor(rc), table, id);
  const diff: { before?: unknown; cascade?: { tasks: number } } = {};
  await write(
    ctx,
    rc,
    action(table, 'delete'),
    table,
    id,
    async (trx) => {
      diff.before = await lockRow(trx, table, id);
      const found = await repo.evidenceUnder(trx, table, id);
      if (found.records > 0) {
        const hazards = found.hazards > 0 ? `（关联 ${found.hazards} 条隐患）` : '';
        throw new AppError(
          'CONFLICT',
          `该${names[table]}下已有 ${found.records} 条排查记录${hazards}，作为管控证据不能删除`,
          { records: found.records, hazards: found.hazards },
        );
      }
      diff.cascade = { tasks: found.tasks };
      await repo.deleteRiskRow(trx, table, id);
    },
    diff,
  );
}
