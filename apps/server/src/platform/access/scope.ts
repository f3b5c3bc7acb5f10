import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { subtreePrefix } from '@anjian/domain';
import type { Actor } from './actor.ts';
import { scopeKindOf } from './actor.ts';

/**
 * The columns through which a table's rows belong to the organisation. Every scoped query names its
 * columns once and gets the same rule: territorial scope is the user's division subtree (a code
 * prefix, GB/T 2260), industry scope is the department's sectors within its division subtree,
 * enterprise scope is the user's own enterprise. Modules that add enterprise contracts extend
 * `agency` here, in one place.
 */
export interface ScopeColumns {
  division: string;
  sector?: string;
  enterprise?: string;
}

const FALSE = sql<SqlBool>`false`;
const TRUE = sql<SqlBool>`true`;

/** A WHERE expression restricting rows to what the actor may see. Use in every scoped query. */
export function inScope(actor: Actor, cols: ScopeColumns): RawBuilder<SqlBool> {
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
        return sql<SqlBool>`(${inDivision(actor.divisionCode)} AND ${ref(cols.sector)} = ANY(${actor.sectors}::text[]))`;
      case 'enterprise':
        return cols.enterprise && actor.enterpriseId ? sql<SqlBool>`${ref(cols.enterprise)} = ${actor.enterpriseId}` : FALSE;
      case 'agency':
      case 'none':
        return FALSE;
    }
  }
}
