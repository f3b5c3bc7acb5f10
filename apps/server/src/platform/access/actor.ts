import type { Permission, RoleCode, ScopeKind, Sensitivity } from '@anjian/domain';
import { AppError, hasPermission, roleDefinition } from '@anjian/domain';

/** The signed-in user as every service sees it: who, in which role, attached to what. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: RoleCode | null;
  /** Division the user belongs to; for a department user, the department's division. */
  divisionCode: string | null;
  departmentId: string | null;
  /** Sectors a department user regulates. */
  sectors: string[];
  enterpriseId: string | null;
  /** Third-party agency an agency account works for (scope kind 'agency'). */
  agencyId?: string | null;
  /** AC-07: the highest sensitivity label this account reads; absent means the default, 内部. */
  clearance?: Sensitivity;
}

/** A request's Idempotency-Key (platform/http/idempotency.ts), claimed with the request's first change. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  requestHash: string;
  /** Set once the claim row is inserted in the request's transaction. */
  claimed: boolean;
}

/** Who did it, from where: what the audit log records beside the actor. */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** The request's Idempotency-Key, claimed with its first change (platform/http/idempotency.ts). */
  idempotency?: IdempotencyClaim;
}

export function scopeKindOf(actor: Actor): ScopeKind {
  return roleDefinition(actor.role)?.scope ?? 'none';
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && hasPermission(actor.role, permission);
}

export function orgLabel(actor: Actor | null): string | null {
  if (!actor) return null;
  return actor.enterpriseId ?? actor.agencyId ?? actor.departmentId ?? actor.divisionCode ?? null;
}

/** The signed-in actor of a request; a use case reached without one answers 401. */
export function requireActor(rc: RequestContext): Actor {
  if (!rc.actor) throw new AppError('AUTH_REQUIRED');
  return rc.actor;
}

/** Who acts when nobody does — jobs, seeding, start-up: audit rows record no user and no address. */
export const systemContext: RequestContext = Object.freeze({
  actor: null,
  ip: null,
  userAgent: null,
  requestId: null,
});
