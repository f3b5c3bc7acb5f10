import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { AppError, defaultSensitivity, isWithinDivision, labelsWithin, subtreePrefix } from '@anjian/domain';
import type { Actor } from './actor.ts';
import { scopeKindOf } from './actor.ts';

/**
 * The columns through which a table's rows belong to the organisation. Every scoped query names its
 * columns once and gets the same rule: territorial scope is the user's division subtree (a code
 * prefix, GB/T 2260), industry scope is the department's sectors within its division subtree,
 * enterprise scope is the user's own enterprise, agency scope the enterprises under the agency's
 * contracts (and the agency's own rows).
 */
export interface ScopeColumns {
  division: string;
  sector?: string;
  /** An array column of further sectors (an enterprise's secondary sectors): a department sees those too. */
  secondarySectors?: string;
  enterprise?: string;
  /** The agency a row belongs to (agency registry rows, visits); checked for agency accounts. */
  agency?: string;
  /** AC-07: the row's sensitivity label; rows above the actor's clearance are not in scope, whatever the role. */
  sensitivity?: string;
}

const FALSE = sql<SqlBool>`false`;

/**
 * An agency account sees its own agency's rows and the enterprises under its active, unexpired
 * contracts (托管 / 政府购买服务); a row with both columns must satisfy both.
 */
function agencyScope(actor: Actor, cols: ScopeColumns): RawBuilder<SqlBool> {
  const agencyId = actor.agencyId;
  if (!agencyId || (!cols.agency && !cols.enterprise)) return FALSE;
  const parts: RawBuilder<SqlBool>[] = [];
  if (cols.agency) parts.push(sql<SqlBool>`${sql.ref(cols.agency)} = ${agencyId}`);
  if (cols.enterprise) {
    parts.push(sql<SqlBool>`${sql.ref(cols.enterprise)} IN (SELECT ac.enterprise_id FROM agency_contract ac
      WHERE ac.agency_id = ${agencyId} AND ac.active AND (ac.ends_on IS NULL OR ac.ends_on >= CURRENT_DATE))`);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}
const TRUE = sql<SqlBool>`true`;

/** A WHERE expression restricting rows to what the actor may see. Use in every scoped query. */
export function inScope(actor: Actor, cols: ScopeColumns): RawBuilder<SqlBool> {
  const where = organisationScope(actor, cols);
  const clearance = actor.clearance ?? defaultSensitivity;
  if (!cols.sensitivity || clearance === 'sensitive') return where;
  return sql<SqlBool>`(${where} AND ${sql.ref(cols.sensitivity)} = ANY(${labelsWithin(clearance)}::text[]))`;
}

function organisationScope(actor: Actor, cols: ScopeColumns): RawBuilder<SqlBool> {
  {
    const ref = (c: string) => sql.ref(c);
    const inDivision = (code: string | null) =>
      code ? sql<SqlBool>`${ref(cols.division)} LIKE ${subtreePrefix(code) + '%'}` : FALSE;
    switch (scopeKindOf(actor)) {
      case 'all':
        return TRUE;
      case 'division':
        return inDivision(actor.divisionCode);
      case 'department':
        if (!cols.sector) return inDivision(actor.divisionCode);
        if (cols.secondarySectors) {
          return sql<SqlBool>`(${inDivision(actor.divisionCode)} AND (${ref(cols.sector)} = ANY(${actor.sectors}::text[]) OR ${ref(cols.secondarySectors)} && ${actor.sectors}::text[]))`;
        }
        return sql<SqlBool>`(${inDivision(actor.divisionCode)} AND ${ref(cols.sector)} = ANY(${actor.sectors}::text[]))`;
      case 'enterprise':
        return cols.enterprise && actor.enterpriseId
          ? sql<SqlBool>`${ref(cols.enterprise)} = ${actor.enterpriseId}`
          : FALSE;
      case 'agency':
        return agencyScope(actor, cols);
      case 'none':
        return FALSE;
    }
  }
}

/**
 * Writes that name their own division (and sector) stay inside the actor's scope: its division subtree
 * and, for a department, its sectors — a 400 on the field otherwise (accidents, denominators, plans).
 */
export function assertWritable(actor: Actor, divisionCode: string, sector: string | null) {
  const kind = scopeKindOf(actor);
  const ok =
    kind === 'all' ||
    ((kind === 'division' || kind === 'department') &&
      actor.divisionCode !== null &&
      isWithinDivision(divisionCode, actor.divisionCode) &&
      (kind === 'division' || (sector !== null && actor.sectors.includes(sector))));
  if (!ok)
    throw AppError.outOfScopeField(
      [{ field: kind === 'department' ? 'sector' : 'divisionCode', message: '不在本账号的管辖范围内' }],
      kind === 'department' ? 'sector' : 'division',
      kind === 'department' ? `${divisionCode}/${sector ?? ''}` : divisionCode,
    );
}
