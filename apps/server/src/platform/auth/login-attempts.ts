import { sql } from 'kysely';
import type { SecurityPolicy } from '@anjian/domain';
import type { Db } from '../../db/database.ts';

/** Whose attempts are counted: a real account, or a username that has none (answered alike). */
export type AttemptSubject = { userId: string } | { username: string };

export type Reservation =
  /** The subject is locked: nothing may be evaluated. */
  | { locked: Date }
  /** The attempt may be evaluated; `locking` when it was the threshold-th and the lock is already set. */
  | { locked: null; locking: Date | null };

/**
 * Counts one sign-in attempt BEFORE the slow password or code check (AUTH-02, 等保 8.1.4.1 b): the counter
 * moves in one atomic statement, so parallel guesses are numbered one by one, the threshold-th sets the
 * lock for every attempt still in flight, and no more than the threshold are ever evaluated. A success
 * clears the counter again (`clearAttempts`).
 */
export async function reserveAttempt(
  db: Db,
  subject: AttemptSubject,
  policy: Pick<SecurityPolicy, 'lockoutThreshold' | 'lockoutMinutes'>,
  now = new Date(),
): Promise<Reservation> {
  const lockUntil = new Date(now.getTime() + policy.lockoutMinutes * 60_000);
  const reaches = (current: ReturnType<typeof sql>) =>
    sql<boolean>`${current} + 1 >= ${policy.lockoutThreshold}`;
  let row: { failed_logins: number; locked_until: Date | null } | undefined;
  if ('userId' in subject) {
    row = await db
      .updateTable('app_user')
      .set({
        failed_logins: sql`CASE WHEN ${reaches(sql.ref('failed_logins'))} THEN 0 ELSE failed_logins + 1 END`,
        locked_until: sql`CASE WHEN ${reaches(sql.ref('failed_logins'))} THEN ${lockUntil}::timestamptz END`,
      })
      .where('id', '=', subject.userId)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .returning(['failed_logins', 'locked_until'])
      .executeTakeFirst();
  } else {
    const first = policy.lockoutThreshold <= 1;
    row = await db
      .insertInto('login_throttle')
      .values({
        username: subject.username,
        failed_logins: first ? 0 : 1,
        locked_until: first ? lockUntil : null,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .column('username')
          .doUpdateSet({
            failed_logins: sql`CASE WHEN ${reaches(sql.ref('login_throttle.failed_logins'))} THEN 0 ELSE login_throttle.failed_logins + 1 END`,
            locked_until: sql`CASE WHEN ${reaches(sql.ref('login_throttle.failed_logins'))} THEN ${lockUntil}::timestamptz END`,
            updated_at: now,
          })
          .where((eb) =>
            eb.or([
              eb('login_throttle.locked_until', 'is', null),
              eb('login_throttle.locked_until', '<=', now),
            ]),
          ),
      )
      .returning(['failed_logins', 'locked_until'])
      .executeTakeFirst();
  }
  if (row) return { locked: null, locking: row.locked_until };
  return { locked: (await lockedUntil(db, subject)) ?? lockUntil };
}

async function lockedUntil(db: Db, subject: AttemptSubject): Promise<Date | null> {
  const row =
    'userId' in subject
      ? await db
          .selectFrom('app_user')
          .select('locked_until')
          .where('id', '=', subject.userId)
          .executeTakeFirst()
      : await db
          .selectFrom('login_throttle')
          .select('locked_until')
          .where('username', '=', subject.username)
          .executeTakeFirst();
  return row?.locked_until ?? null;
}

/** Counters of unknown usernames whose lock window has passed carry nothing: forget them. */
export async function pruneLoginThrottle(
  db: Db,
  policy: Pick<SecurityPolicy, 'lockoutMinutes'>,
  now = new Date(),
) {
  const before = new Date(now.getTime() - 2 * policy.lockoutMinutes * 60_000);
  await db.deleteFrom('login_throttle').where('updated_at', '<', before).execute();
}
