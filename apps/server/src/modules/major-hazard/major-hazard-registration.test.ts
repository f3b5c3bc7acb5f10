import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { chinaDate } from '@anjian/domain';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

const store = (name: string) => ({
  kind: 'storage',
  name,
  exposedPeople: 120,
  chemicals: [
    { name: '氯', q: 25 },
    { name: '液氨', q: 50 },
  ],
});
const person = (name: string) => ({ name, title: '岗位', phone: '13900000000' });
const today = chinaDate(new Date());
const yearsAgo = (n: number) => `${Number(today.slice(0, 4)) - n}${today.slice(4)}`;

describeEachEngine('major hazard registration and 包保', (t) => {
  it('the demo has registered sources, sources lacking a 包保 person and overdue evaluations', async () => {
    const city = await login(t().app, 'city_admin');
    const items = (await call(t().app, city, 'GET', '/api/major-hazard/units?majorOnly=true&pageSize=200'))
      .json()
      .items.map(
        (u: { registration: { evaluationStatus: string; missingRoles: string[] } }) => u.registration,
      );
    const statuses = new Set(items.map((r: { evaluationStatus: string }) => r.evaluationStatus));
    expect([...statuses]).toEqual(expect.arrayContaining(['ok', 'overdue', 'missing']));
    expect(items.some((r: { missingRoles: string[] }) => r.missingRoles.length === 0)).toBe(true);
    expect(items.some((r: { missingRoles: string[] }) => r.missingRoles.includes('operational'))).toBe(true);
    const report = (await call(t().app, city, 'GET', '/api/major-hazard/baobao')).json();
    // The demo's checks start on 2 January: from February on some enterprise has a rate above zero.
    if (today.slice(5, 7) !== '01')
      expect(report.items.some((e: { rate: number | null }) => e.rate !== null && e.rate > 0)).toBe(true);
  });

  it('a new source is a gap on both worklists until its 包保 and 安全评估 are entered', async () => {
    const built = t();
    const { app } = built;
    const ent = await login(app, 'ent_user');
    const unit = (await call(app, ent, 'POST', '/api/major-hazard/units', store('e2e 备案罐区'))).json();
    expect(unit.registration).toMatchObject({
      recordNo: null,
      evaluationStatus: 'missing',
      missingRoles: ['principal', 'technical', 'operational'],
    });
    const gapIds = async (s: typeof ent, gap: string) =>
      (await call(app, s, 'GET', `/api/major-hazard/units?gap=${gap}&pageSize=200`))
        .json()
        .items.map((u: { id: string }) => u.id);
    expect(await gapIds(ent, 'guarantor')).toContain(unit.id);
    expect(await gapIds(ent, 'evaluation')).toContain(unit.id);

    // Two of three persons: still a gap. Bad dates are 400s naming the field.
    const future = await call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, {
      evaluatedOn: '2999-01-01',
      guarantors: {},
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].field).toBe('evaluatedOn');
    const partial = await call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, {
      recordNo: 'ZW-2026-001',
      registeredOn: today,
      evaluatedOn: today,
      guarantors: { principal: person('张总'), technical: person('李工') },
    });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json().registration).toMatchObject({
      recordNo: 'ZW-2026-001',
      evaluationStatus: 'ok',
      missingRoles: ['operational'],
    });
    expect(await gapIds(ent, 'guarantor')).toContain(unit.id);
    expect(await gapIds(ent, 'evaluation')).not.toContain(unit.id);
    const [audit] = await latestAudit(built, 1);
    expect(audit).toMatchObject({ action: 'major_hazard.registration.update', object_id: unit.id });

    // A duty needs its person; recorded, the role's rate counts it.
    const noOne = await call(app, ent, 'POST', `/api/major-hazard/units/${unit.id}/duty-checks`, {
      role: 'operational',
      performedOn: today,
    });
    expect(noOne.statusCode).toBe(400);
    expect(noOne.json().error.details[0].message).toContain('操作负责人');
    const full = await call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, {
      recordNo: 'ZW-2026-001',
      registeredOn: today,
      evaluatedOn: today,
      guarantors: { principal: person('张总'), technical: person('李工'), operational: person('王班长') },
    });
    expect(full.json().registration.missingRoles).toEqual([]);
    expect(await gapIds(ent, 'guarantor')).not.toContain(unit.id);
    const checked = await call(app, ent, 'POST', `/api/major-hazard/units/${unit.id}/duty-checks`, {
      role: 'operational',
      performedOn: today,
      note: '巡检',
    });
    expect(checked.statusCode, checked.body).toBe(201);
    const op = checked.json().registration.duties.find((d: { role: string }) => d.role === 'operational');
    expect(op).toMatchObject({ done: 1, periods: 1, rate: 1, lastOn: today, overdue: false });
    expect(op.cycle).toMatchObject({ cycleNum: 1, cycleUnit: 'week', verified: false });
    // Registered today, each role checked or not yet due: no duty is overdue.
    expect(await gapIds(ent, 'duty')).not.toContain(unit.id);

    // An inventory change makes the evaluation out of date (重新评估).
    await call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}`, {
      ...store('e2e 备案罐区'),
      chemicals: [{ name: '氯', q: 30 }],
    });
    const changed = (await call(app, ent, 'GET', `/api/major-hazard/units/${unit.id}`)).json();
    expect(changed.registration.evaluationStatus).toBe('changed');
    expect(await gapIds(ent, 'evaluation')).toContain(unit.id);

    // An evaluation older than three years is overdue.
    const old = await call(app, ent, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, {
      recordNo: 'ZW-2026-001',
      evaluatedOn: yearsAgo(4),
      guarantors: { principal: person('张总'), technical: person('李工'), operational: person('王班长') },
    });
    expect(old.json().registration).toMatchObject({ evaluationStatus: 'overdue' });
    // The duties are tasks from the registration on: the 技术负责人's current quarter is open, not yet due.
    const tech = old.json().registration.duties.find((d: { role: string }) => d.role === 'technical');
    expect(tech).toMatchObject({ overdue: false, tasksDone: 0, tasksDue: 0 });
    expect(await gapIds(ent, 'duty')).not.toContain(unit.id);

    // The workbench counts equal their lists; the regulator of the county sees the source and its rate.
    const bench = (await call(app, ent, 'GET', '/api/workbench')).json().items;
    for (const key of [
      'major_hazard.guarantor-missing',
      'major_hazard.evaluation-due',
      'major_hazard.duty-overdue',
    ]) {
      const item = bench.find((i: { key: string }) => i.key === key);
      const list = (await call(app, ent, 'GET', `/api${item.link}`)).json();
      expect(list.total, key).toBe(item.count);
    }
    const spt = await login(app, 'spt_admin');
    const report = (await call(app, spt, 'GET', '/api/major-hazard/baobao')).json();
    const mine = report.items.find((e: { enterpriseId: string }) => e.enterpriseId === unit.enterpriseId);
    expect(mine).toMatchObject({ sources: expect.any(Number), done: expect.any(Number) });
    expect(mine.done).toBeGreaterThanOrEqual(1);
    // Another county: not its source (404 on writes too, regulators cannot write).
    const zn = await login(app, 'zn_admin');
    const znReport = (await call(app, zn, 'GET', '/api/major-hazard/baobao')).json();
    expect(znReport.items.map((e: { enterpriseId: string }) => e.enterpriseId)).not.toContain(
      unit.enterpriseId,
    );
    expect((await call(app, zn, 'GET', `/api/major-hazard/units?gap=guarantor`)).json().total).toBe(0);
    const put = await call(app, spt, 'PUT', `/api/major-hazard/units/${unit.id}/registration`, {
      guarantors: {},
    });
    expect(put.statusCode).toBe(403);

    // The export carries the registration columns.
    const xlsx = await call(app, spt, 'GET', '/api/major-hazard/units/export?majorOnly=true');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows: string[] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push(JSON.stringify(r.values)));
    const text = rows.join('\n');
    expect(text).toContain('危险化学品重大危险源备案登记表');
    expect(text).toContain('备案编号');
    expect(text).toContain('ZW-2026-001');
    expect(text).toContain('王班长');
    expect(text).toContain('安全评估已超期');
  });

  it('a unit below the threshold takes no registration; cycles are reference data only an administrator edits', async () => {
    const built = t();
    const { app } = built;
    const ent = await login(app, 'ent_user');
    const small = (
      await call(app, ent, 'POST', '/api/major-hazard/units', {
        ...store('e2e 小库'),
        chemicals: [{ name: '氯', q: 1 }],
      })
    ).json();
    expect(small.registration).toBeNull();
    const res = await call(app, ent, 'PUT', `/api/major-hazard/units/${small.id}/registration`, {
      guarantors: {},
    });
    expect(res.statusCode).toBe(400);

    const cycles = (await call(app, ent, 'GET', '/api/major-hazard/duty-cycles')).json();
    expect(cycles.map((c: { role: string; text: string }) => `${c.role}:${c.text}`).sort()).toEqual([
      'operational:每周',
      'principal:每3月',
      'technical:每3月',
    ]);
    const body = { cycleNum: 1, cycleUnit: 'month', citation: '本地规定', verified: false };
    expect((await call(app, ent, 'PUT', '/api/major-hazard/duty-cycles/technical', body)).statusCode).toBe(
      403,
    );
    const sys = await login(app, 'sys_admin');
    // The administrator holds no business permission but reads the cycles to edit them.
    expect((await call(app, sys, 'GET', '/api/major-hazard/duty-cycles')).statusCode).toBe(200);
    const edited = await call(app, sys, 'PUT', '/api/major-hazard/duty-cycles/technical', body);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().find((c: { role: string }) => c.role === 'technical').text).toBe('每月');
    const [audit] = await latestAudit(built, 1);
    expect(audit).toMatchObject({ action: 'major_hazard.duty_cycle.update', object_id: 'technical' });
    const bad = await call(app, sys, 'PUT', '/api/major-hazard/duty-cycles/nobody', body);
    expect(bad.statusCode).toBe(400);
  });
});
