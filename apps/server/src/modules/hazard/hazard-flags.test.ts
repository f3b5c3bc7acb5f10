import { expect, it } from 'vitest';
import { expectedSelfFound } from '@anjian/domain';
import { actorFor } from '../../../test/actors.ts';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';
import { buildHazard } from '../../demo/factories.ts';
import { prng } from '@anjian/domain';

type Flag = {
  kind: string;
  enterpriseId: string;
  enterpriseName: string;
  hazardIds?: string[];
  explanation: string;
};

describeEachEngine('trustworthy self-reporting flags', (t) => {
  it('flags same-person acceptance, batch closures, shared photos, late checks and too few hazards, within scope', async () => {
    const { app, ctx } = t();
    const db = ctx.db;
    const r = prng(20261203);
    const user = await actorFor(db, 'ent_user');
    const e = await db
      .selectFrom('enterprise')
      .select(['id', 'division_code', 'sector', 'status'])
      .where('id', '=', user.enterpriseId!)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('enterprise')
      .set({ employees: 5000, status: 'normal' })
      .where('id', '=', e.id)
      .execute();

    // Five hazards accepted within one minute two days ago; the first by its own rectifier; two share a photo.
    const minute = new Date(Date.now() - 2 * 86_400_000);
    minute.setUTCSeconds(0, 0);
    const hazards = Array.from({ length: 5 }, (_, i) =>
      buildHazard(r, e, {
        source: '执法检查',
        location: '罐区',
        description: `批量销号测试 ${i}`,
        status: 'accepted',
        found_at: new Date(minute.getTime() - 86_400_000),
        rectified_by: i === 0 ? user.userId : r.uuid(),
        accepted_by: i === 0 ? user.userId : r.uuid(),
        accepted_at: new Date(minute.getTime() + i * 5_000),
      }),
    );
    const ids = hazards.map((h) => h.id);
    await db.insertInto('hazard').values(hazards).execute();
    const sha = 'c'.repeat(64);
    await db
      .insertInto('hazard_event')
      .values(
        ids.slice(0, 2).map((id) => ({
          hazard_id: id,
          division_code: e.division_code,
          action: 'request_acceptance',
          from_status: 'rectifying',
          to_status: 'acceptance_requested',
          photos: [sha],
        })),
      )
      .execute();
    // A daily check task started 30 days ago whose first record came yesterday: far outside its window.
    const measure = await db.selectFrom('risk_measure').select(['id', 'unit_id']).executeTakeFirstOrThrow();
    const taskId = r.uuid();
    await db
      .insertInto('risk_check_task')
      .values({
        id: taskId,
        measure_id: measure.id,
        unit_id: measure.unit_id,
        enterprise_id: e.id,
        division_code: e.division_code,
        sector: e.sector,
        content: '检查可燃气体报警器',
        cycle_num: 1,
        cycle_unit: 'day',
        starts_at: new Date(Date.now() - 30 * 86_400_000),
      })
      .execute();
    await db
      .insertInto('risk_check_record')
      .values({
        id: r.uuid(),
        task_id: taskId,
        enterprise_id: e.id,
        division_code: e.division_code,
        sector: e.sector,
        result: 'normal',
        checked_at: new Date(Date.now() - 86_400_000),
      })
      .execute();

    const city = await call(app, await login(app, 'city_admin'), 'GET', '/api/hazards/flags');
    expect(city.statusCode).toBe(200);
    const mine = (city.json().items as Flag[]).filter((f) => f.enterpriseId === e.id);
    const kind = (k: string) => mine.filter((f) => f.kind === k);
    expect(kind('same_rectifier_acceptor')[0]?.hazardIds).toEqual([ids[0]]);
    expect(kind('batch_closure')[0]?.hazardIds).toEqual([...ids].sort());
    expect(kind('duplicate_photos')[0]?.hazardIds).toEqual(ids.slice(0, 2).sort());
    expect(kind('check_outside_cycle')).toHaveLength(1);
    expect(kind('check_outside_cycle')[0]!.explanation).toContain('可燃气体报警器');
    for (const f of mine) expect(f.explanation).toMatch(/[\u4e00-\u9fa5]/);

    const selfFound = Number(
      (
        await db
          .selectFrom('hazard')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('enterprise_id', '=', e.id)
          .where('source', '=', '企业自查')
          .where('found_at', '>=', new Date(Date.now() - 366 * 86_400_000))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const expected = expectedSelfFound({ employees: 5000, sector: e.sector }, 365);
    expect(kind('too_few_hazards').length).toBe(selfFound < 0.2 * expected ? 1 : 0);

    // Scope: 中宁县 sees none of it; the enterprise sees only its own; a division outside the scope is empty.
    const zn = (await call(app, await login(app, 'zn_admin'), 'GET', '/api/hazards/flags')).json();
    expect((zn.items as Flag[]).some((f) => f.enterpriseId === e.id)).toBe(false);
    const own = (await call(app, await login(app, 'ent_user'), 'GET', '/api/hazards/flags')).json();
    expect(own.items).not.toHaveLength(0);
    expect((own.items as Flag[]).every((f) => f.enterpriseId === e.id)).toBe(true);
    const elsewhere = await call(
      app,
      await login(app, 'zn_admin'),
      'GET',
      `/api/hazards/flags?divisionCode=${e.division_code}`,
    );
    expect((elsewhere.json().items as Flag[]).some((f) => f.enterpriseId === e.id)).toBe(false);

    // A period before the batch: none of the batch flags.
    const old = (
      await call(
        app,
        await login(app, 'city_admin'),
        'GET',
        '/api/hazards/flags?from=2020-01-01&to=2020-12-31',
      )
    ).json();
    expect(old.period).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect((old.items as Flag[]).some((f) => f.kind === 'batch_closure' && f.enterpriseId === e.id)).toBe(
      false,
    );
    expect(
      (await call(app, await login(app, 'city_admin'), 'GET', '/api/hazards/flags?from=x')).statusCode,
    ).toBe(400);
  });
});
