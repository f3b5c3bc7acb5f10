import { type Clock, breachedClocks } from '@anjian/domain';
import { type RequestContext, requireActor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { clocksOf, today } from './case.service.ts';
import { presentClock } from './enforcement.presenter.ts';
import * as repo from './enforcement.repository.ts';

const CLOCK_LIST_CAP = 5000;

/** Clocks the authority breached or is about to, over the cases in scope (督办 list). */
export async function clockBreaches(ctx: AppContext, rc: RequestContext, day = today()) {
  const actor = requireActor(rc);
  const cases = await repo.casesForClocks(ctx.db, actor, CLOCK_LIST_CAP);
  const steps = await repo.stepsOfCases(
    ctx.db,
    cases.map((c) => c.id),
  );
  const breached = [];
  const warning = [];
  for (const c of cases) {
    const clocks = await clocksOf(
      ctx,
      c,
      steps.filter((s) => s.case_id === c.id),
      day,
    );
    const item = (clock: Clock) => ({
      case: { id: c.id, caseNo: c.case_no, title: c.title, divisionCode: c.division_code },
      enterprise: { id: c.enterprise_id, name: c.enterprise_name },
      clock: presentClock(clock),
    });
    breached.push(...breachedClocks(clocks).map(item));
    warning.push(...clocks.filter((k) => k.obligor === 'authority' && k.status === 'warning').map(item));
  }
  const byDue = (a: { clock: { due: string } }, b: { clock: { due: string } }) =>
    a.clock.due < b.clock.due ? -1 : a.clock.due > b.clock.due ? 1 : 0;
  return { today: day, breached: breached.sort(byDue), warning: warning.sort(byDue) };
}
