import { roleDefinition } from '@anjian/domain';
import type { RoleCode, SecurityPolicy, Sensitivity } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../access/actor.ts';
import { newToken, sha256 } from './tokens.ts';

export interface SessionState {
  tokenHash: string;
  stage: 'mfa' | 'full';
  user: SessionUser;
}

/** The account as the guard needs it on every request: one joined query. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: RoleCode | null;
  divisionCode: string | null;
  departmentId: string | null;
  departmentDivision: string | null;
  sectors: string[];
  enterpriseId: string | null;
  agencyId: string | null;
  clearance: Sensitivity;
  status: 'active' | 'disabled';
  mustChangePassword: boolean;
  passwordChangedAt: Date;
  totpEnabled: boolean;
  roleMfaRequired: boolean;
  expiresAt: Date | null;
}

export async function createSession(
  trx: Db,
  userId: string,
  stage: 'mfa' | 'full',
  policy: SecurityPolicy,
  client: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const token = newToken();
  await trx
    .insertInto('user_session')
    .values({
      token_hash: sha256(token),
      user_id: userId,
      stage,
      expires_at: new Date(Date.now() + policy.absoluteHours * 3600_000),
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

export type SessionLookup = { state: SessionState } | { expired: true } | null;

/**
 * Finds the session of a cookie token and applies the idle timeout and absolute lifetime
 * (SECURITY.md AUTH-02). An expired session's row is deleted (RI-01).
 */
export async function lookupSession(db: Db, token: string, policy: SecurityPolicy): Promise<SessionLookup> {
  const tokenHash = sha256(token);
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('department as d', 'd.id', 'u.department_id')
    .leftJoin('role as r', 'r.code', 'u.role_code')
    .select([
      's.stage',
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role_code',
      'u.division_code',
      'u.department_id',
      'd.division_code as department_division',
      'd.sectors',
      'u.enterprise_id',
      'u.agency_id',
      'u.clearance',
      'u.status',
      'u.must_change_password',
      'u.password_changed_at',
      'u.totp_enabled',
      'r.mfa_required',
      'u.expires_at as user_expires_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idle = now - row.last_seen_at.getTime() > policy.idleMinutes * 60_000;
  if (idle || row.expires_at.getTime() <= now) {
    await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
    return { expired: true };
  }
  // Touch at most once a minute: enough for a 30-minute idle timeout, far fewer writes.
  if (now - row.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable('user_session')
      .set({ last_seen_at: new Date(now) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return {
    state: {
      tokenHash,
      stage: row.stage,
      user: {
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        role: (roleDefinition(row.role_code)?.code as RoleCode | undefined) ?? null,
        divisionCode: row.division_code,
        departmentId: row.department_id,
        departmentDivision: row.department_division,
        sectors: row.sectors ?? [],
        enterpriseId: row.enterprise_id,
        agencyId: row.agency_id,
        clearance: row.clearance,
        status: row.status,
        mustChangePassword: row.must_change_password,
        passwordChangedAt: row.password_changed_at,
        totpEnabled: row.totp_enabled,
        roleMfaRequired: row.mfa_required ?? false,
        expiresAt: row.user_expires_at,
      },
    },
  };
}

export function actorFromSession(user: SessionUser): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    divisionCode: user.departmentDivision ?? user.divisionCode,
    departmentId: user.departmentId,
    sectors: user.sectors,
    enterpriseId: user.enterpriseId,
    agencyId: user.agencyId,
    clearance: user.clearance,
  };
}

/** Government accounts must change a password older than the policy allows (AUTH-01). */
export function passwordExpired(
  user: Pick<SessionUser, 'role' | 'passwordChangedAt'>,
  policy: SecurityPolicy,
): boolean {
  if (policy.password.expiryDays <= 0 || !roleDefinition(user.role)?.government) return false;
  return Date.now() - user.passwordChangedAt.getTime() > policy.password.expiryDays * 86_400_000;
}

export function deleteSession(db: Db, tokenHash: string) {
  return db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user (password reset, role change, disabling), or all but the current one. */
export function endSessionsOf(db: Db, userId: string, except?: { tokenHash: string }) {
  let q = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (except) q = q.where('token_hash', '!=', except.tokenHash);
  return q.execute();
}

/** The second factor passed: the session becomes a full one. */
export function completeSession(db: Db, tokenHash: string) {
  return db.updateTable('user_session').set({ stage: 'full' }).where('token_hash', '=', tokenHash).execute();
}
