import { expect, it } from 'vitest';
import { type RiskLevel, riskGradeOf } from '@anjian/domain';
import { type Session, call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

describeEachEngine('risk model (双重预防)', (t) => {
  const db = () => t().ctx.db;
  const own = async () =>
    (
      await db()
        .selectFrom('app_user')
        .select('enterprise_id')
        .where('username', '=', 'ent_user')
        .executeTakeFirstOrThrow()
    ).enterprise_id as string;
  const post = async (s: Session, url: string, body: object, status = 201) => {
    const res = await call(t().app, s, 'POST', url, body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const chain = async (
    s: Session,
    enterpriseId: string,
    scores: { L: number; E: number; C: number } = { L: 3, E: 6, C: 7 },
  ) => {
    const object = await post(s, '/api/risk/objects', { enterpriseId, kind: '设施设备', name: '液氨储罐区' });
    const unit = await post(s, '/api/risk/units', {
      objectId: object.id,
      name: '1号液氨储罐',
      department: '生产部',
      responsiblePerson: '张强',
      responsiblePhone: '13900000000',
    });
    const event = await post(s, '/api/risk/events', {
      unitId: unit.id,
      name: '液氨泄漏中毒',
      consequence: '中毒窒息',
      assessment: { method: 'LEC', ...scores },
    });
    const measure = await post(s, '/api/risk/measures', {
      eventId: event.id,
      type: '工程技术',
      content: '设置氨气泄漏报警并联锁喷淋',
      responsibleLevel: '部门',
      responsiblePerson: '李明',
      check: { cycle: { num: 1, unit: 'day' } },
    });
    return { object, unit, event, measure };
  };

  it('builds object → unit → event (LEC) → measure → task; grades follow the highest event', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    const enterpriseId = await own();
    const { object, unit, event, measure } = await chain(ent, enterpriseId);
    expect(object).toMatchObject({ kind: '设施设备', enterprise: { id: enterpriseId } });
    expect(event).toMatchObject({
      method: 'LEC',
      scores: { L: 3, E: 6, C: 7 },
      score: 126,
      dangerClass: '显著危险',
      level: '一般风险',
      color: 'yellow',
      ruleVersion: expect.stringContaining('LEC'),
    });
    let detail = (await call(app, ent, 'GET', `/api/risk/units/${unit.id}`)).json();
    expect(detail).toMatchObject({ grade: '一般风险', color: 'yellow', responsiblePerson: '张强' });
    expect(detail.events[0].measures).toEqual([
      expect.objectContaining({ id: measure.id, type: '工程技术' }),
    ]);
    expect(detail.tasks).toHaveLength(1);
    expect(detail.tasks[0]).toMatchObject({
      measureId: measure.id,
      cycle: { num: 1, unit: 'day', text: '每天' },
      lastCheckedAt: null,
      overdue: expect.any(Boolean),
    });

    const task = await post(ent, '/api/risk/tasks', {
      measureId: measure.id,
      cycle: { num: 2, unit: 'week' },
      content: '检查报警仪',
    });
    expect(task).toMatchObject({ cycle: { num: 2, unit: 'week' }, records: [] });
    const checked = await post(ent, `/api/risk/tasks/${task.id}/records`, {
      result: 'normal',
      checkedAt: '2026-03-01T08:00:00+08:00',
    });
    expect(checked).toMatchObject({
      lastCheckedAt: '2026-03-01T00:00:00.000Z',
      nextDue: '2026-03-15T00:00:00.000Z',
      overdue: true,
      records: [{ result: 'normal', hazardId: null }],
    });
    expect(
      (await call(app, ent, 'POST', `/api/risk/tasks/${task.id}/records`, { result: 'hazard' })).statusCode,
    ).toBe(400);
    const hazard = (
      await call(app, ent, 'POST', '/api/hazards', {
        enterpriseId,
        source: '企业自查',
        location: '储罐区',
        description: '报警仪失效',
      })
    ).json();
    const found = await post(ent, `/api/risk/tasks/${task.id}/records`, {
      result: 'hazard',
      hazardId: hazard.id,
    });
    expect(found.records[0]).toMatchObject({ result: 'hazard', hazardId: hazard.id });

    // A 重大 event raises the unit, and the unit the enterprise.
    const major = await post(ent, '/api/risk/events', {
      unitId: unit.id,
      name: '储罐爆炸',
      assessment: { method: 'LEC', L: 6, E: 6, C: 15 },
    });
    expect(major).toMatchObject({ score: 540, level: '重大风险', color: 'red' });
    await post(ent, '/api/risk/events', {
      unitId: unit.id,
      name: '高处坠落',
      assessment: { method: 'LS', L: 2, S: 2 },
    });
    detail = (await call(app, ent, 'GET', `/api/risk/units/${unit.id}`)).json();
    expect(detail).toMatchObject({ grade: '重大风险', color: 'red' });
    let map = (await call(app, ent, 'GET', '/api/risk/map')).json();
    expect(map.items.map((e: { id: string }) => e.id)).toEqual([enterpriseId]);
    expect(map.items[0]).toMatchObject({ grade: '重大风险', color: 'red' });
    expect((await call(app, ent, 'DELETE', `/api/risk/events/${major.id}`)).statusCode).toBe(204);
    expect((await call(app, ent, 'GET', `/api/risk/units/${unit.id}`)).json().grade).toBe('一般风险');
    map = (await call(app, ent, 'GET', '/api/risk/map')).json();
    expect(map.items[0].grade).toBe(
      riskGradeOf(map.items[0].units.map((u: { grade: RiskLevel | null }) => u.grade)),
    );
    expect(map.items[0].units.find((u: { id: string }) => u.id === unit.id)).toMatchObject({
      grade: '一般风险',
      color: 'yellow',
    });

    const audits = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', 'in', [object.id, unit.id, event.id, measure.id])
      .where('outcome', '=', 'success')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'risk.object.create',
      'risk.unit.create',
      'risk.event.create',
      'risk.measure.create',
    ]);
  });

  it('refuses scores outside the standard tables with 400 and stores nothing', async () => {
    const ent = await login(t().app, 'ent_user');
    const { unit } = await chain(ent, await own());
    for (const assessment of [
      { method: 'LEC', L: 4, E: 6, C: 7 },
      { method: 'LS', L: 2, S: 6 },
      { method: 'LS', L: 2.5, S: 1 },
      { method: 'LEC', L: 3, S: 2 },
    ]) {
      const res = await call(t().app, ent, 'POST', '/api/risk/events', {
        unitId: unit.id,
        name: 'x',
        assessment,
      });
      expect(res.statusCode, JSON.stringify(assessment)).toBe(400);
    }
    const bad = (
      await call(t().app, ent, 'POST', '/api/risk/events', {
        unitId: unit.id,
        name: 'x',
        assessment: { method: 'LEC', L: 4, E: 6, C: 7 },
      })
    ).json();
    expect(bad.error.details).toEqual([expect.objectContaining({ field: 'assessment.L' })]);
    expect(
      (await db().selectFrom('risk_event').select('id').where('unit_id', '=', unit.id).execute()).length,
    ).toBe(1);
  });

  it('keeps scope: the enterprise sees its own, 沙坡头区 cannot read a 中宁县 unit (404 + audit)', async () => {
    const { app } = t();
    const zn = await login(app, 'zn_admin');
    const znEnterprise = await db()
      .selectFrom('enterprise')
      .select('id')
      .where('division_code', 'like', '640521%')
      .where('status', '=', 'normal')
      .orderBy('credit_code')
      .executeTakeFirstOrThrow();
    const { unit, object } = await chain(zn, znEnterprise.id);
    const spt = await login(app, 'spt_admin');
    expect((await call(app, spt, 'GET', `/api/risk/units/${unit.id}`)).statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      outcome: 'denied',
      object_type: 'risk_unit',
      object_id: unit.id,
      username: 'spt_admin',
      reason: 'out_of_scope',
    });
    expect((await call(app, spt, 'GET', `/api/risk/units/${unit.id}/card.pdf`)).statusCode).toBe(404);
    expect(
      (
        await call(app, spt, 'POST', '/api/risk/units', {
          objectId: object.id,
          name: 'x',
          department: 'y',
          responsiblePerson: 'z',
        })
      ).statusCode,
    ).toBe(404);
    const sptUnits = (await call(app, spt, 'GET', '/api/risk/units')).json();
    expect(sptUnits.items.length).toBeGreaterThan(0); // an empty list would pass .every
    expect(sptUnits.items.every((u: { divisionCode: string }) => u.divisionCode.startsWith('640502'))).toBe(
      true,
    );

    const ent = await login(app, 'ent_user');
    await chain(ent, await own());
    const entUnits = (await call(app, ent, 'GET', '/api/risk/units')).json();
    expect(entUnits.items.length).toBeGreaterThan(0);
    expect(new Set(entUnits.items.map((u: { enterprise: { id: string } }) => u.enterprise.id))).toEqual(
      new Set([await own()]),
    );
    expect(
      (
        await call(app, ent, 'POST', '/api/risk/objects', {
          enterpriseId: znEnterprise.id,
          kind: '场所',
          name: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const exported = (await call(app, ent, 'GET', '/api/risk/export?format=json')).json();
    expect(Object.keys(exported)).toEqual([
      '风险分析单元',
      '风险事件',
      '管控措施',
      '排查任务',
      '排查记录',
      '隐患治理信息',
    ]);
    expect(exported['风险分析单元'].length).toBeGreaterThan(0); // an empty list would pass .every
    expect(
      exported['风险分析单元'].every((u: { 企业ID: string }) => u.企业ID === entUnits.items[0].enterprise.id),
    ).toBe(true);
    const xlsx = await call(app, spt, 'GET', '/api/risk/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('prints the 风险告知卡 as a PDF and serves the public page without a session', async () => {
    const { app } = t();
    const ent = await login(app, 'ent_user');
    const { unit, event } = await chain(ent, await own());
    await post(ent, '/api/risk/measures', {
      eventId: event.id,
      type: '应急措施',
      content: '立即撤离至上风向，佩戴空气呼吸器',
      responsibleLevel: '岗位',
    });
    const pdf = await call(app, ent, 'GET', `/api/risk/units/${unit.id}/card.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.rawPayload.length).toBeGreaterThan(5 * 1024);
    const pub = await call(app, null, 'GET', `/api/public/risk-units/${unit.id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({
      name: '1号液氨储罐',
      grade: '一般风险',
      color: 'yellow',
      emergencyMeasures: ['立即撤离至上风向，佩戴空气呼吸器'],
    });
    expect(pub.body).not.toContain('13900000000');
    expect(
      (await call(app, null, 'GET', '/api/public/risk-units/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });
});
