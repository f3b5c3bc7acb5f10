import { expect, it } from 'vitest';
import { call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

const body2027 = {
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试用，非真实安排）',
  offDays: ['2027-01-01/2027-01-03', '2027-10-01/2027-10-07'],
  weekendWorkdays: ['2027-09-26', '2027-10-09'],
};

describeEachEngine('working-day calendar and POST /api/calc/deadline', (t) => {
  // Cases worked out by hand on the 2026 notice (国办发明电〔2025〕 2026 年安排) and 民法典 第二百零一条
  // (the start day is not counted), 行政处罚法 第八十五条 (working days exclude the statutory holidays).
  it.each([
    // 20 working days from Mon 28 Sep: 29, 30 Sep (2), 国庆 1–7 Oct off, Sat 10 Oct worked (3),
    // 8, 9 Oct (5) … → 30 Oct is the 20th.
    ['2026-09-28', 20, 'workingDays', '2026-10-30'],
    // 5 working days from Thu 12 Feb 2026: Fri 13 (1), Sat 14 Feb worked (2), 春节 15–23 Feb off, 24–26 (5).
    ['2026-02-12', 5, 'workingDays', '2026-02-26'],
    // 7 calendar days from 24 Sep end on 1 Oct, a holiday: 民法典 第二百零三条 moves it past the days off,
    // to the first working day, Thu 8 Oct.
    ['2026-09-24', 7, 'calendarDays', '2026-10-08'],
    // 10 calendar days from 1 Jun end on Thu 11 Jun, an ordinary working day.
    ['2026-06-01', 10, 'calendarDays', '2026-06-11'],
  ])('%s + %i %s → %s', async (start, count, unit, due) => {
    const res = await call(t().app, null, 'POST', '/api/calc/deadline', { start, count, unit });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ due, provisional: false });
  });

  it('reaching a year without a schedule is provisional (weekends only)', async () => {
    const res = await call(t().app, null, 'POST', '/api/calc/deadline', {
      start: '2031-12-20',
      count: 10,
      unit: 'workingDays',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().provisional).toBe(true);
  });

  it('refuses a bad request with the field named, in Chinese', async () => {
    for (const bad of [
      { start: '2026-02-30', count: 5, unit: 'workingDays' },
      { start: '2026-09-28', count: 0, unit: 'workingDays' },
      { start: '2026-09-28', count: 5, unit: 'fortnights' },
      { start: '2026-09-28', count: 5, unit: 'workingDays', extra: 1 },
    ]) {
      const res = await call(t().app, null, 'POST', '/api/calc/deadline', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('ships 2026 into every installation and lists it', async () => {
    const s = await login(t().app, 'city_admin');
    const res = await call(t().app, s, 'GET', '/api/calendar/holidays');
    expect(res.statusCode).toBe(200);
    const y2026 = res.json().find((y: { year: number }) => y.year === 2026);
    expect(y2026.offDays).toContain('2026-10-07');
    expect(y2026.offDays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(y2026.weekendWorkdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(y2026.workingDays).toBe(248);
  });

  it('an administrator adds the next year, audited; deadlines into it stop being provisional', async () => {
    const before = await call(t().app, null, 'POST', '/api/calc/deadline', {
      start: '2027-09-28',
      count: 5,
      unit: 'workingDays',
    });
    expect(before.json()).toEqual({ due: '2027-10-05', provisional: true });
    const sys = await login(t().app, 'sys_admin');
    const res = await call(t().app, sys, 'PUT', '/api/calendar/holidays/2027', body2027);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, updatedBy: expect.any(String) });
    expect(res.json().offDays).toHaveLength(10);
    const [row] = await latestAudit(t(), 1);
    expect(row).toMatchObject({ action: 'calendar.holidays.create', object_id: '2027', outcome: 'success' });
    // Tue 28 Sep 2027: 29, 30 Sep (2), 国庆 1–7 Oct off, Fri 8 Oct (3), Sat 9 Oct worked (4), Mon 11 (5).
    const after = await call(t().app, null, 'POST', '/api/calc/deadline', {
      start: '2027-09-28',
      count: 5,
      unit: 'workingDays',
    });
    expect(after.json()).toEqual({ due: '2027-10-11', provisional: false });
  });

  it('refuses a schedule with a mistake, naming it, and changes nothing', async () => {
    const sys = await login(t().app, 'sys_admin');
    const res = await call(t().app, sys, 'PUT', '/api/calendar/holidays/2028', {
      source: '有误的安排',
      offDays: ['2028-10-01/2028-10-07'],
      weekendWorkdays: ['2028-10-09'], // a Monday
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('2028-10-09 不是周六或周日');
    const list = await call(t().app, sys, 'GET', '/api/calendar/holidays');
    expect(list.json().map((y: { year: number }) => y.year)).not.toContain(2028);
  });

  it('only the holder of reference.write edits the schedule', async () => {
    const s = await login(t().app, 'city_admin');
    const res = await call(t().app, s, 'PUT', '/api/calendar/holidays/2029', {
      ...body2027,
      offDays: [],
      weekendWorkdays: [],
    });
    expect(res.statusCode).toBe(403);
    const list = await call(t().app, s, 'GET', '/api/calendar/holidays');
    expect(list.json().map((y: { year: number }) => y.year)).not.toContain(2029);
  });
});
