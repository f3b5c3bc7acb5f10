import {
  type SimilarNamesDto,
  type SimilarNamesQuery,
  enterpriseNameCore,
  nameLikeness,
} from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { nameCandidates } from './enterprise.repository.ts';

/**
 * Registered enterprises (in the actor's scope) whose name is the same or nearly the same as `name`: the form
 * warns before a second record of one enterprise is made (issue 15 item 7). A warning, not a refusal —
 * 两家 "大河化工" in different townships are real.
 */
export async function similarNames(
  ctx: AppContext,
  rc: RequestContext,
  q: SimilarNamesQuery,
): Promise<SimilarNamesDto> {
  const rows = await nameCandidates(ctx.db, requireActor(rc), enterpriseNameCore(q.name), q.excludeId);
  const items = rows
    .map((r) => ({ r, likeness: nameLikeness(q.name, r.name) }))
    .filter((x) => x.likeness !== null)
    .sort((a, b) => (a.likeness === b.likeness ? 0 : a.likeness === 'same' ? -1 : 1))
    .slice(0, 10)
    .map(({ r, likeness }) => ({
      id: r.id,
      name: r.name,
      creditCode: r.credit_code,
      divisionName: r.division_name,
      likeness: likeness!,
    }));
  return { items };
}
