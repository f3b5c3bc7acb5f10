import { AppError } from '@anjian/domain';

export interface Sought {
  /** Audit object type of the row, e.g. 'hazard'. */
  type: string;
  id: string;
  /** What users call it, e.g. '隐患': the message says `${label}不存在`. */
  label: string;
  /** Set when the id came in a request body: a missing row is then a 400 on that field, not a 404. */
  field?: string;
}

/**
 * The one "exists? in scope?" guard (AC-06): a row read with its `in_scope` flag is returned when both
 * hold; a missing row is a 404 (or a 400 on `field`), and a row outside the actor's scope answers exactly
 * like a missing one, audit-logged as a denied access.
 */
export function foundInScope<T extends { in_scope: unknown }>(row: T | undefined | null, sought: Sought): T {
  if (!row)
    throw sought.field
      ? AppError.invalid([{ field: sought.field, message: `${sought.label}不存在` }])
      : new AppError('NOT_FOUND', `${sought.label}不存在`);
  if (!row.in_scope) throw AppError.outOfScope(sought.type, sought.id);
  return row;
}
