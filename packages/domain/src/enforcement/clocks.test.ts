import { describe, expect, it } from 'vitest';
import holidays from '../../../../reference/standards/holidays-cn.json' with { type: 'json' };
import rulesJson from '../../../../reference/law/enforcement-rules.json' with { type: 'json' };
import { buildCalendar, parseHolidayJson } from '../calendar/holidays.ts';
import { parseEnforcementRules } from '../rules/enforcement-rules.ts';
import { type CaseEvent, type ClockId, breachedClocks, caseClocks } from './clocks.ts';

const cal = buildCalendar(parseHolidayJson(holidays));
const rules = parseEnforcementRules(rulesJson);
const clock = (events: CaseEvent[], today: string, id: ClockId) =>
  caseClocks(events, cal, rules, today).find((c) => c.id === id);

describe('decision within 90 days of 立案 (行政处罚法 第六十条, calendar days)', () => {
  // 7/3 + 90 days = 10/1, in 国庆 → 10/8 (民法典 第二百零三条); warning 3 working days before: 9/28.
  const filed: CaseEvent[] = [{ type: 'filed', date: '2026-07-03' }];
  it.each([
    ['2026-09-25', 'running'],
    ['2026-09-28', 'warning'],
    ['2026-10-08', 'warning'],
    ['2026-10-09', 'breached'],
  ] as const)('on %s: %s', (today, status) => {
    expect(clock(filed, today, 'decision')).toMatchObject({
      startedOn: '2026-07-03',
      due: '2026-10-08',
      warnFrom: '2026-09-28',
      status,
      provisional: false,
      period: '90日',
      basis: { version: 'case.decision@2021-07-15', verified: true },
    });
  });

  it('decided on the due day: met; a day later: met late, and listed as a breach', () => {
    const on = clock(
      [...filed, { type: 'decided', date: '2026-10-08', handedOver: true }],
      '2026-12-01',
      'decision',
    );
    expect(on).toMatchObject({ status: 'met', stoppedOn: '2026-10-08' });
    const late = caseClocks(
      [...filed, { type: 'decided', date: '2026-10-09', handedOver: true }],
      cal,
      rules,
      '2026-12-01',
    );
    expect(breachedClocks(late).map((c) => c.id)).toEqual(['decision']);
  });

  it.each(['notPunished', 'transferred', 'withdrawn'] as const)('%s also ends it', (type) => {
    expect(clock([...filed, { type, date: '2026-08-01' }], '2026-12-01', 'decision')?.status).toBe('met');
  });

  it('an approved extension of 30 days: 7/3 + 120 = 10/31, a Saturday → 11/2', () => {
    const c = clock(
      [...filed, { type: 'decisionExtended', date: '2026-09-20', days: 30 }],
      '2026-10-09',
      'decision',
    );
    expect(c).toMatchObject({ due: '2026-11-02', status: 'running', period: '90日（延长 30 日）' });
  });

  it('a period reaching 2027 (no schedule): 11/15 + 90 = 2027-02-13, a Saturday → 2027-02-15, provisional', () => {
    expect(clock([{ type: 'filed', date: '2026-11-15' }], '2026-11-16', 'decision')).toMatchObject({
      due: '2027-02-15',
      provisional: true,
    });
  });
});

describe('听证 request within 5 working days of the notice (第六十四条, 第八十五条)', () => {
  const notice: CaseEvent = { type: 'noticeServed', date: '2026-09-30', hearingOffered: true };
  it('9/30 → 10/8, 10/9, 10/10 (worked Saturday), 10/12, 10/13', () => {
    expect(clock([notice], '2026-10-01', 'hearingRequest')).toMatchObject({
      due: '2026-10-13',
      obligor: 'party',
      period: '5个工作日',
      status: 'running',
    });
  });
  it('requested in time: met; not requested: lapsed on the party side, not an authority breach', () => {
    expect(
      clock([notice, { type: 'hearingRequested', date: '2026-10-12' }], '2026-10-20', 'hearingRequest')
        ?.status,
    ).toBe('met');
    const lapsed = caseClocks([notice], cal, rules, '2026-10-14');
    expect(lapsed.find((c) => c.id === 'hearingRequest')?.status).toBe('breached');
    expect(breachedClocks(lapsed)).toEqual([]);
  });
  it('a notice without the hearing right starts no hearing clock', () => {
    expect(clock([{ ...notice, hearingOffered: false }], '2026-10-01', 'hearingRequest')).toBeUndefined();
  });
});

describe('service within 7 working days when the party is absent (第六十一条)', () => {
  const decided: CaseEvent = { type: 'decided', date: '2026-10-09', handedOver: false };
  it('10/9 → 10/10, 10/12 … 10/16, 10/19; served 10/20 is late', () => {
    const clocks = caseClocks(
      [decided, { type: 'decisionServed', date: '2026-10-20' }],
      cal,
      rules,
      '2026-10-21',
    );
    expect(clocks.find((c) => c.id === 'serviceWhenAbsent')).toMatchObject({
      due: '2026-10-19',
      status: 'metLate',
    });
    expect(breachedClocks(clocks).map((c) => c.id)).toEqual(['serviceWhenAbsent']);
  });
  it('handed over on the spot: no service clock, payment runs from the decision', () => {
    const clocks = caseClocks([{ ...decided, handedOver: true }], cal, rules, '2026-10-10');
    expect(clocks.map((c) => c.id)).toEqual(['payment']);
    expect(clocks[0]).toMatchObject({ startedOn: '2026-10-09', due: '2026-10-26' }); // 10/24 Saturday → 10/26
  });
});

describe('payment within 15 days (第六十七条) and 公告送达', () => {
  it('served 10/20 → due 11/4; unpaid on 11/5: the party is late', () => {
    const c = clock([{ type: 'decisionServed', date: '2026-10-20' }], '2026-11-05', 'payment');
    expect(c).toMatchObject({ due: '2026-11-04', status: 'breached', obligor: 'party', period: '15日' });
  });

  it('公告 posted 2026-03-02 is deemed served after 30 days (4/1); payment then runs to 4/16', () => {
    const events: CaseEvent[] = [
      { type: 'decided', date: '2026-02-26', handedOver: false },
      { type: 'publicNoticePosted', date: '2026-03-02' },
    ];
    const clocks = caseClocks(events, cal, rules, '2026-04-02');
    expect(clocks.find((c) => c.id === 'serviceWhenAbsent')).toMatchObject({
      status: 'met',
      stoppedOn: '2026-03-02',
    });
    expect(clocks.find((c) => c.id === 'publicNotice')).toMatchObject({
      due: '2026-04-01',
      status: 'met',
      basis: { version: 'service.publicNotice@2022-01-01', verified: true },
    });
    expect(clocks.find((c) => c.id === 'payment')).toMatchObject({
      startedOn: '2026-04-01',
      due: '2026-04-16',
    });
    expect(caseClocks(events, cal, rules, '2026-03-31').map((c) => c.id)).not.toContain('payment');
  });

  it('a notice posted 2021-12-24 takes the 60-day version in force that day (and says it is unverified)', () => {
    const c = clock([{ type: 'publicNoticePosted', date: '2021-12-24' }], '2022-01-05', 'publicNotice');
    expect(c).toMatchObject({
      due: '2022-02-22',
      provisional: true,
      period: '60日',
      basis: { version: 'service.publicNotice@1991-04-09', verified: false },
    });
  });
});

describe('withdrawal of a published decision within 3 working days (第四十八条)', () => {
  it('changed 9/29 → 9/30, 10/8, 10/9; withdrawn 10/8 is in time', () => {
    const events: CaseEvent[] = [
      { type: 'publishedDecisionChanged', date: '2026-09-29' },
      { type: 'publicationWithdrawn', date: '2026-10-08' },
    ];
    expect(clock(events, '2026-10-10', 'publicationWithdrawal')).toMatchObject({
      due: '2026-10-09',
      status: 'met',
    });
  });
});

describe('the rule in force when a clock starts', () => {
  it('a case filed before 行政处罚法 (2021) took effect has no 90-day rule to apply', () => {
    expect(() => caseClocks([{ type: 'filed', date: '2021-07-01' }], cal, rules, '2021-08-01')).toThrow();
  });
});
