import type { Db } from '../../db/database.ts';
import type { Actor, RequestContext } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './risk-model.repository.ts';
import type { RiskTableName } from './risk-model.table.ts';
import { foundInScope } from '../../platform/access/found.ts';

/* What every risk-model use case shares: scoped lookups of a row or a parent, and one write with its audit row. */

const names: Record<RiskTableName, string> = {
  risk_object: '风险分析对象',
  risk_unit: '风险分析单元',
  risk_event: '风险事件',
  risk_measure: '管控措施',
  risk_check_task: '排查任务',
  risk_check_record: '排查记录',
};

/** A risk-model row in the actor's scope; outside it, 404 with a denied-access audit row (AC-06). */
export async function findInScope<T extends RiskTableName>(db: Db, actor: Actor, table: T, id: string) {
  const row = foundInScope(await repo.scopedRow(db, actor, table, id), {
    type: table,
    id,
    label: names[table],
  });
  return row;
}

/** A parent named in a body: missing is a 400 on that field, out of scope a 404 with its audit row. */
export async function parentInScope<T extends RiskTableName>(
  db: Db,
  actor: Actor,
  table: T,
  id: string,
  field: string,
) {
  const row = foundInScope(await repo.scopedRow(db, actor, table, id), {
    type: table,
    id,
    label: names[table],
    field,
  });
  return row;
}

export const scopeCols = (r: { enterprise_id: string; division_code: string; sector: string }) => ({
  enterprise_id: r.enterprise_id,
  division_code: r.division_code,
  sector: r.sector,
});

type Write = (trx: Db) => Promise<void>;
export async function write(
  ctx: AppContext,
  rc: RequestContext,
  action: string,
  objectType: string,
  objectId: string,
  change: Write,
  diff: unknown,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await change(trx);
    await ctx.audit(trx, rc, {
      eventType: 'risk',
      action,
      objectType,
      objectId,
      diff: diff as Record<string, unknown>,
    });
  });
}
