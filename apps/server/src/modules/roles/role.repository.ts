import type { Db } from '../../db/database.ts';

/** Each role's MFA requirement and how many accounts hold it. */
export const roleRows = (db: Db) =>
  db
    .selectFrom('role as r')
    .leftJoin('app_user as u', 'u.role_code', 'r.code')
    .select(['r.code', 'r.mfa_required', (eb) => eb.fn.count<number>('u.id').as('user_count')])
    .groupBy(['r.code', 'r.mfa_required'])
    .execute();

/** The role row, locked for this transaction (the audit's "before" is what the change replaced). */
export const lockRole = (trx: Db, code: string) =>
  trx
    .selectFrom('role')
    .select('mfa_required')
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirstOrThrow();

export const setRoleMfa = (trx: Db, code: string, mfaRequired: boolean) =>
  trx.updateTable('role').set({ mfa_required: mfaRequired }).where('code', '=', code).execute();
