import { AppError, type Sensitivity, defaultSensitivity, mayRead, sensitivityNames } from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import type { HazardDetail } from './hazard.presenter.ts';
import * as repo from './hazard.repository.ts';
import { findInScope, getHazard } from './hazard.service.ts';

/**
 * AC-07: a regulator labels a hazard 公开 / 内部 / 敏感 (a 群众举报 that could name the informant, say). Above
 * an account's clearance the hazard is gone for it: not listed, 404 on detail, its photos with it. Nobody
 * labels above their own clearance, or they would lose the record they just labelled.
 */
export async function labelHazard(
  ctx: AppContext,
  rc: RequestContext,
  id: string,
  sensitivity: Sensitivity,
): Promise<HazardDetail> {
  const actor = requireActor(rc);
  const before = await findInScope(ctx.db, actor, id);
  if (!mayRead(actor.clearance ?? defaultSensitivity, sensitivity))
    throw new AppError('FORBIDDEN', `不能标定高于本账号密级许可的密级（${sensitivityNames[sensitivity]}）`);
  if (before.sensitivity !== sensitivity) {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.updateHazard(trx, id, { sensitivity, updated_at: new Date() });
      await ctx.audit(trx, rc, {
        eventType: 'hazard',
        action: 'hazard.label',
        objectType: 'hazard',
        objectId: id,
        diff: { sensitivity: { before: before.sensitivity, after: sensitivity } },
      });
    });
  }
  return getHazard(ctx, rc, id);
}
