import type { Db } from '../../db/database.ts';

export interface AuditFilter {
  from?: string;
  to?: string;
  username?: string;
  action?: string;
  eventType?: string;
  outcome?: 'success' | 'failure' | 'denied';
  objectId?: string;
}

/** One page of the audit log, newest first, and the number of rows the filter matches. */
export async function listAuditRows(db: Db, f: AuditFilter, page: { page: number; pageSize: number }) {
  let query = db.selectFrom('audit_log');
  if (f.from) query = query.where('at', '>=', new Date(f.from));
  if (f.to) query = query.where('at', '<=', new Date(f.to));
  if (f.username) query = query.where('username', '=', f.username.toLowerCase());
  if (f.action) query = query.where('action', 'like', `${f.action}%`);
  if (f.eventType) query = query.where('event_type', '=', f.eventType);
  if (f.outcome) query = query.where('outcome', '=', f.outcome);
  if (f.objectId) query = query.where('object_id', '=', f.objectId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
