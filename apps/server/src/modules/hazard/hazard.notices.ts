import type { HazardAction } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { notifyUsers } from '../notification/index.ts';
import * as repo from './hazard.repository.ts';

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

/**
 * Every step of the loop tells the party that must act next (issue 11 item 4), in the step's
 * transaction: 上报 → the regulators who assess (待评估); 评估定级 → the enterprise (交办, with the
 * deadline); 申请验收 → the regulators who accept (待验收; a 挂牌督办 重大隐患: the listing authority);
 * 验收不通过 → the enterprise, with the reason; 销号 → the reporter and the enterprise. The actor is not
 * told about its own step. Returns the outbox rows to send after commit.
 */
export async function notifyNextParty(
  trx: Db,
  action: HazardAction | 'report',
  hazardId: string,
  eventId: number,
  actor: Actor | null,
  comment: string | null,
): Promise<string[]> {
  if (action === 'start_rectification') return [];
  const f = await repo.noticeFacts(trx, hazardId);
  const what = `${f.enterprise_name}：${excerpt(f.description)}`;
  const due = f.deadline ? `（整改期限 ${f.deadline}）` : '';
  const notice = (() => {
    switch (action) {
      case 'report':
        return { kind: 'reported', title: '新上报隐患待评估定级', body: what, to: ['assessors'] } as const;
      case 'assess':
        return {
          kind: 'assigned',
          title: f.level === '重大' ? '重大隐患挂牌督办：请制定五落实方案并限期整改' : '隐患交办：请限期整改',
          body: `${what}${due}`,
          to: ['enterprise'],
        } as const;
      case 'request_acceptance':
        return {
          kind: 'acceptance_requested',
          title: '隐患整改完成，待验收',
          body: what,
          to: ['acceptors'],
        } as const;
      case 'reject':
        return {
          kind: 'rejected',
          title: '隐患验收不通过，请继续整改',
          body: `不通过原因：${comment ?? '（未说明）'}。${what}${due}`,
          to: ['enterprise'],
        } as const;
      case 'accept':
        return {
          kind: 'closed',
          title: '隐患已验收销号',
          body: what,
          to: ['reporter', 'enterprise'],
        } as const;
    }
  })();
  const users: string[] = [];
  for (const to of notice.to) {
    if (to === 'enterprise') users.push(...(await repo.enterpriseAccounts(trx, f.enterprise_id)));
    if (to === 'reporter' && f.reported_by) users.push(f.reported_by);
    if (to === 'assessors') users.push(...(await repo.regulatorsFor(trx, hazardId, 'hazard.assess', false)));
    if (to === 'acceptors') users.push(...(await repo.regulatorsFor(trx, hazardId, 'hazard.accept', true)));
  }
  return notifyUsers(
    trx,
    { hazardId, eventId, kind: notice.kind, title: notice.title, body: notice.body },
    users.filter((u) => u !== actor?.userId),
  );
}
