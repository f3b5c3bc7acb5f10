import { expect, it } from 'vitest';
import { defaultSecurityPolicy } from '@anjian/domain';
import { saveSecurityPolicy } from '../../platform/auth/policy.ts';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';
import { disableDormantAccounts } from './user.jobs.ts';

describeEachEngine('dormant accounts (AC-03)', (t) => {
  it('a clock-advanced run disables unused business accounts, once; their login is refused', async () => {
    const built = t();
    await login(built.app, 'hy_admin'); // used today
    await saveSecurityPolicy(built.ctx.db, { ...defaultSecurityPolicy, dormantDays: 90 });
    const in60 = new Date(Date.now() + 60 * 86_400_000);
    expect(await disableDormantAccounts(built.ctx, in60)).toEqual([]);
    const in100 = new Date(Date.now() + 100 * 86_400_000);
    const disabled = await disableDormantAccounts(built.ctx, in100);
    expect(disabled).toEqual(expect.arrayContaining(['city_admin', 'hy_admin', 'spt_grid']));
    expect(disabled).not.toContain('sys_admin');
    expect(await disableDormantAccounts(built.ctx, in100)).toEqual([]); // idempotent
    const res = await call(built.app, null, 'POST', '/api/auth/login', {
      username: 'hy_admin',
      password: 'Anjian@2026',
    });
    expect(res.json().error.code).toBe('AUTH_DISABLED');
    const audit = await built.ctx.db
      .selectFrom('audit_log')
      .select('object_id')
      .where('action', '=', 'user.disable_dormant')
      .execute();
    expect(audit).toHaveLength(disabled.length);
  });
});
