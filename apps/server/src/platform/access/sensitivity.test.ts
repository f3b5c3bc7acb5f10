import { expect, it } from 'vitest';
import { call, describeEachEngine, enterpriseOf, latestAudit, login } from '../../../test/test-app.ts';

/**
 * SECURITY.md AC-07: a record above an account's clearance is omitted from lists and answers 404 on
 * detail; clearance is granted by the security admin only, and labels never exceed the labeller's own.
 */
describeEachEngine('sensitivity labels and clearance (AC-07)', (t) => {
  it('a 敏感 hazard is gone for accounts cleared 内部, kept for one cleared 敏感; grants and labels are audited', async () => {
    const { app } = t();
    const [sec, sys, city, spt, ent] = [
      await login(app, 'sec_admin'),
      await login(app, 'sys_admin'),
      await login(app, 'city_admin'),
      await login(app, 'spt_admin'),
      await login(app, 'ent_user'),
    ];
    const reported = await call(app, spt, 'POST', '/api/hazards', {
      enterpriseId: await enterpriseOf(t()),
      source: '群众举报',
      location: '二号仓库',
      description: '举报：夜间违规储存液氯',
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const id = reported.json().id as string;
    expect(reported.json().sensitivity).toBe('internal');

    // Nobody labels above their own clearance: city_admin is 内部 by default.
    const tooHigh = await call(app, city, 'POST', `/api/hazards/${id}/sensitivity`, {
      sensitivity: 'sensitive',
    });
    expect(tooHigh.statusCode).toBe(403);
    expect(tooHigh.json().error.message).toMatch(/密级许可/);

    // Clearance is a grant: the system admin may not give it, the security admin may.
    const cityId = city.userId;
    expect(
      (await call(app, sys, 'POST', `/api/users/${cityId}/clearance`, { clearance: 'sensitive' })).statusCode,
    ).toBe(403);
    const bad = await call(app, sec, 'POST', `/api/users/${cityId}/clearance`, { clearance: 'secret' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toMatch(/密级/);
    const granted = await call(app, sec, 'POST', `/api/users/${cityId}/clearance`, {
      clearance: 'sensitive',
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().clearance).toBe('sensitive');
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'user.set_clearance',
      username: 'sec_admin',
      diff: { before: { clearance: 'internal' }, after: { clearance: 'sensitive' } },
    });

    const labelled = await call(app, city, 'POST', `/api/hazards/${id}/sensitivity`, {
      sensitivity: 'sensitive',
    });
    expect(labelled.statusCode, labelled.body).toBe(200);
    expect(labelled.json().sensitivity).toBe('sensitive');
    expect((await latestAudit(t(), 1))[0]).toMatchObject({ action: 'hazard.label', object_id: id });

    // Below clearance: not in the list, 404 on the detail (audited as a denied access), whatever the role.
    for (const s of [spt, ent]) {
      const list = await call(app, s, 'GET', '/api/hazards?pageSize=200&source=群众举报');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((h: { id: string }) => h.id)).not.toContain(id);
      const detail = await call(app, s, 'GET', `/api/hazards/${id}`);
      expect(detail.statusCode).toBe(404);
      expect((await latestAudit(t(), 1))[0]).toMatchObject({ action: 'access.denied', outcome: 'denied' });
    }
    // At clearance it is all there.
    expect((await call(app, city, 'GET', `/api/hazards/${id}`)).statusCode).toBe(200);
    const cityList = await call(app, city, 'GET', '/api/hazards?pageSize=200&source=群众举报');
    expect(cityList.json().items.map((h: { id: string }) => h.id)).toContain(id);

    // Back to 内部: visible again to the county.
    await call(app, city, 'POST', `/api/hazards/${id}/sensitivity`, { sensitivity: 'internal' });
    expect((await call(app, spt, 'GET', `/api/hazards/${id}`)).statusCode).toBe(200);
  });
});
