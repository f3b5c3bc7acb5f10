import {
  AppError,
  type StandardEntryInput,
  type StandardTableDto,
  type StandardTableNo,
  editStandardEntry,
  standardTableDefs,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import * as repo from './major-hazard-standard.repository.ts';
import { forgetMajorHazardTables, loadTables, majorHazardTables, shipped } from './major-hazard.tables.ts';

/** One of Tables 1–6 with each entry's shipped value and last edit (reference data, no data scope). */
export async function listStandardTable(
  ctx: AppContext,
  tableNo: StandardTableNo,
): Promise<StandardTableDto> {
  const { version } = shipped();
  const [tables, rows] = await Promise.all([
    majorHazardTables(ctx.db),
    repo.entriesOf(ctx.db, version, tableNo),
  ]);
  const def = standardTableDefs[tableNo];
  return {
    standard: version,
    tableNo,
    title: def.title,
    keyField: def.keyField,
    revision: tables.revision,
    entries: rows.map((r) => ({
      key: r.entry_key,
      value: r.value,
      shipped: r.shipped,
      revision: r.revision,
      editedAt: r.edited_at?.toISOString() ?? null,
      editedByName: r.edited_by_name ?? null,
    })),
  };
}

/**
 * The system administrator corrects one entry (reference.write): the entry and the tables with it must
 * pass the standard's checks; the change, the next revision and the audit row (before, after, reason)
 * commit together; then the cached tables are dropped so the next identification uses the edit.
 */
export async function updateStandardEntry(
  ctx: AppContext,
  rc: RequestContext,
  tableNo: StandardTableNo,
  key: string,
  input: StandardEntryInput,
): Promise<StandardTableDto> {
  const actor = requireActor(rc);
  const { version } = shipped();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockStandard(trx, version);
    const edit = editStandardEntry(await loadTables(trx), tableNo, key, input.value);
    if (!edit.ok) {
      if ('notFound' in edit)
        throw new AppError('NOT_FOUND', `${standardTableDefs[tableNo].title}中没有条目「${key}」`);
      throw AppError.invalid(edit.issues, `${standardTableDefs[tableNo].title}的修改不符合标准的要求`);
    }
    const revision = edit.tables.revision;
    await repo.updateEntry(trx, version, tableNo, key, { value: edit.value, revision, userId: actor.userId });
    await ctx.audit(trx, rc, {
      eventType: 'reference',
      action: 'major_hazard.standard.update',
      objectType: 'major_hazard_standard_entry',
      objectId: `${version} 表${tableNo} ${key}`,
      reason: input.reason,
      diff: { before: edit.before, after: edit.value, revision },
    });
  });
  forgetMajorHazardTables(ctx.db);
  return listStandardTable(ctx, tableNo);
}
