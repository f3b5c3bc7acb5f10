import { type UserDto, roleDefinition } from '@anjian/domain';
import type { UserRow } from './user.repository.ts';

// For user.service.ts, which can import it from @anjian/domain instead.
export type { UserDto };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The one shape a user leaves the server in: no hash, no secret, no counters. */
export function presentUser(row: UserRow): UserDto {
  const locked = row.locked_until !== null && row.locked_until.getTime() > Date.now();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role_code,
    roleName: roleDefinition(row.role_code)?.name ?? null,
    divisionCode: row.division_code,
    divisionName: row.division_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    enterpriseId: row.enterprise_id,
    agencyId: row.agency_id,
    clearance: row.clearance,
    status: row.status,
    locked,
    lockedUntil: locked ? iso(row.locked_until) : null,
    totpEnabled: row.totp_enabled,
    mustChangePassword: row.must_change_password,
    expiresAt: iso(row.expires_at),
    lastLoginAt: iso(row.last_login_at),
    createdAt: row.created_at.toISOString(),
  };
}
