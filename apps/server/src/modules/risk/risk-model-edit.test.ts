import { expect, it } from 'vitest';
import {
  type Session,
  call,
  describeEachEngine,
  enterpriseOf,
  latestAudit,
  login,
} from '../../../test/test-app.ts';

describeEachEngine('risk model edits (PATCH / DELETE)', (t) => {
  const db = () => t().ctx.db;
  const ok = async (s: Session, method: 'POST' | 'PATCH', url: string, body: object) => {
    const res = await call(t().app, s, method, url, body);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const chain = async (s: Session) => {
    const { enterprise_id: enterpriseId } = await db()
      .selectFrom('app_user')
      .select('enterprise_id')
      .where('username', '=', 'ent_user')
      .executeTakeFirstOrThrow();
    const object = await ok(s, 'POST', '/api/risk/objects', { enterpriseId, kind: '场所', name: '原料库' });
    const unit = await ok(s, 'POST', '/api/risk/units', {
      objectId: object.id,
      name: '甲类仓库',
      department: '仓储部',
      responsiblePerson: '赵敏',
    });
    const event = await ok(s, 'POST', '/api/risk/events', {
      unitId: unit.id,
      name: '易燃液体泄漏火灾',
      assessment: { method: 'LEC', L: 3, E: 6, C: 7 },
    });
    const measure = await ok(s, 'POST', '/api/risk/measures', {
      eventId: event.id,
      type: '工程技术',
      content: '设置可燃气体报警',
      responsibleLevel: '部门',
      check: { cycle: { num: 1, unit: 'day' } },
    });
    const task = (await call(t().app, s, 'GET', `/api/risk/units/${unit.id}`))
      .json()
      .tasks.find((x: { measureId: string }) => x.measureId === measure.id);
    return { object, unit, event, measure, task };
  };

  /** What is left in the database under a chain's unit. */
  const rowsOf = async (c: { unit: { id: string } }) => {
    const n = async (table: 'risk_unit' | 'risk_event' | 'risk_measure' | 'risk_check_task') =>
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(table === 'risk_unit' ? 'id' : 'unit_id', '=', c.unit.id)
          .executeTakeFirstOrThrow()
      ).n;
    return {
      units: Number(await n('risk_unit')),
      events: Number(await n('risk_event')),
      measures: Number(await n('risk_measure')),
      tasks: Number(await n('risk_check_task')),
    };
  };

  // Worked from the standard tables: D = L × E × C; >320 重大/红, 160–320 较大/橙, 70–160 一般/黄, ≤70 低/蓝.
  it.each([
    [{ method: 'LEC', L: 6, E: 6, C: 15 }, 540, '重大风险', 'red'],
    [{ method: 'LEC', L: 3, E: 6, C: 15 }, 270, '较大风险', 'orange'],
    [{ method: 'LEC', L: 1, E: 6, C: 7 }, 42, '低风险', 'blue'],
    [{ method: 'LEC', L: 10, E: 1, C: 7 }, 70, '低风险', 'blue'], // bands include their upper end
    [{ method: 'LS', L: 5, S: 5 }, 25, '重大风险', 'red'],
    [{ method: 'LS', L: 3, S: 3 }, 9, '一般风险', 'yellow'], // LS-2: 4–9 黄
  ])('PATCH an event with %o re-scores it: %s %s %s', async (assessment, score, level, color) => {
    const ent = await login(t().app, 'ent_user');
    const { event, unit } = await chain(ent);
    const edited = await ok(ent, 'PATCH', `/api/risk/events/${event.id}`, { assessment });
    expect(edited).toMatchObject({ score, level, color, method: assessment.method });
    expect(edited.ruleVersion).toMatch(assessment.method === 'LEC' ? /^LEC-/ : /^LS\/LS-2$/);
    expect(edited.dangerClass === null).toBe(assessment.method === 'LS');
    const u = (await call(t().app, ent, 'GET', `/api/risk/units/${unit.id}`)).json();
    expect(u).toMatchObject({ grade: level, color });
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'risk.event.update',
      object_id: event.id,
    });
  });

  it('refuses bad edits with 400 and changes nothing', async () => {
    const ent = await login(t().app, 'ent_user');
    const { event, unit, task } = await chain(ent);
    const lastAudit = (await latestAudit(t(), 1))[0]?.id;
    for (const [url, body] of [
      [`/api/risk/events/${event.id}`, { assessment: { method: 'LEC', L: 4, E: 6, C: 7 } }], // 4 is not in the L table
      [`/api/risk/events/${event.id}`, { assessment: { method: 'LS', L: 3, E: 6 } }],
      [`/api/risk/events/${event.id}`, {}],
      [`/api/risk/units/${unit.id}`, { name: '' }],
      [`/api/risk/units/${unit.id}`, { objectId: unit.id }], // the parent never changes
      [`/api/risk/tasks/${task.id}`, { cycle: { num: 0, unit: 'day' } }],
      [`/api/risk/events/${event.id}`, { name: '改名', colour: 'red' }], // unknown field
      [`/api/risk/events/${event.id}`, { assessment: { method: 'LEC', L: 3, E: 6, C: 7, S: 2 } }],
    ] as const) {
      const res = await call(t().app, ent, 'PATCH', url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('VALIDATION_FAILED');
      // Structured, and in Chinese: the message and every field's reason.
      expect(`${error.message}${error.details?.map((d: { message: string }) => d.message).join('')}`).toMatch(
        /[\u4e00-\u9fff]/,
      );
    }
    const after = (await call(t().app, ent, 'GET', `/api/risk/events/${event.id}`)).json();
    expect(after).toMatchObject({ name: '易燃液体泄漏火灾', score: 126, level: '一般风险', color: 'yellow' });
    expect((await latestAudit(t(), 1))[0]?.id).toBe(lastAudit); // nothing was written
  });

  it('edits a unit and a task cycle; the next due date follows the cycle', async () => {
    const ent = await login(t().app, 'ent_user');
    const { unit, task } = await chain(ent);
    expect(
      await ok(ent, 'PATCH', `/api/risk/units/${unit.id}`, { responsiblePerson: '钱进', location: null }),
    ).toMatchObject({ responsiblePerson: '钱进', location: null, name: '甲类仓库' });
    await ok(ent, 'POST', `/api/risk/tasks/${task.id}/records`, {
      result: 'normal',
      checkedAt: '2026-03-01T08:00:00+08:00',
    });
    const weekly = await ok(ent, 'PATCH', `/api/risk/tasks/${task.id}`, { cycle: { num: 2, unit: 'week' } });
    expect(weekly).toMatchObject({ cycle: { num: 2, unit: 'week' }, nextDue: '2026-03-15T00:00:00.000Z' });
  });

  it('deletes a subtree without records; refuses (409) one with records and keeps everything', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    const bare = await chain(ent);
    expect((await call(app, ent, 'DELETE', `/api/risk/units/${bare.unit.id}`)).statusCode).toBe(204);
    expect((await call(app, ent, 'GET', `/api/risk/events/${bare.event.id}`)).statusCode).toBe(404);
    expect((await call(app, ent, 'GET', `/api/risk/tasks/${bare.task.id}`)).statusCode).toBe(404);
    expect(await rowsOf(bare)).toEqual({ units: 0, events: 0, measures: 0, tasks: 0 });
    expect((await call(app, ent, 'GET', `/api/risk/objects/${bare.object.id}`)).json().unitCount).toBe(0);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      action: 'risk.unit.delete',
      object_id: bare.unit.id,
      outcome: 'success',
      diff: { before: { name: '甲类仓库' }, cascade: { tasks: 1 } },
    });

    const used = await chain(ent);
    await ok(ent, 'POST', `/api/risk/tasks/${used.task.id}/records`, { result: 'normal' });
    const audits = (await latestAudit(t(), 1))[0]?.id;
    for (const url of [
      `/api/risk/objects/${used.object.id}`,
      `/api/risk/units/${used.unit.id}`,
      `/api/risk/events/${used.event.id}`,
      `/api/risk/measures/${used.measure.id}`,
      `/api/risk/tasks/${used.task.id}`,
    ]) {
      const res = await call(app, ent, 'DELETE', url);
      expect(res.statusCode, url).toBe(409);
      expect(res.json().error.message).toContain('1 条排查记录');
    }
    expect((await call(app, ent, 'GET', `/api/risk/tasks/${used.task.id}`)).json().records).toHaveLength(1);
    expect(await rowsOf(used)).toEqual({ units: 1, events: 1, measures: 1, tasks: 1 });
    expect((await latestAudit(t(), 1))[0]?.id).toBe(audits); // a refused delete writes nothing

    // A record that found a hazard: the 409 names the linked hazard too.
    const hazard = await ok(ent, 'POST', '/api/hazards', {
      enterpriseId: await enterpriseOf(t()),
      source: '企业自查',
      location: '甲类仓库',
      description: '可燃气体报警仪失效',
    });
    await ok(ent, 'POST', `/api/risk/tasks/${used.task.id}/records`, {
      result: 'hazard',
      hazardId: hazard.id,
    });
    const res = await call(app, ent, 'DELETE', `/api/risk/events/${used.event.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'CONFLICT',
      message: '该风险事件下已有 2 条排查记录（关联 1 条隐患），作为管控证据不能删除',
      details: { records: 2, hazards: 1 },
    });
  });

  it('keeps scope: 中宁县 cannot edit or delete a 沙坡头区 enterprise row (404 + audit), a grid member lacks the permission', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    const { event } = await chain(ent);
    const zn = await login(app, 'zn_admin');
    expect((await call(app, zn, 'PATCH', `/api/risk/events/${event.id}`, { name: 'x' })).statusCode).toBe(
      404,
    );
    expect((await latestAudit(t(), 1))[0]).toMatchObject({ outcome: 'denied', object_id: event.id });
    expect((await call(app, zn, 'DELETE', `/api/risk/events/${event.id}`)).statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      outcome: 'denied',
      object_id: event.id,
      username: 'zn_admin',
    });
    const grid = await login(app, 'spt_grid');
    expect((await call(app, grid, 'PATCH', `/api/risk/events/${event.id}`, { name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await call(app, ent, 'GET', `/api/risk/events/${event.id}`)).json().name).toBe(
      '易燃液体泄漏火灾',
    );
  });
});
