import type { IsoDate } from '../calendar/dates.ts';
import type { WorkingCalendar } from '../calendar/holidays.ts';
import { type PeriodUnit, periodEnd, workingDaysBefore } from '../calendar/periods.ts';
import { type EnforcementRuleValue, asPeriod, enforcementRuleKeys as K } from '../rules/enforcement-rules.ts';
import { type LegalRule, type RuleRef, ruleAt, ruleRef } from '../rules/rules.ts';

/**
 * The statutory clocks of a penalty case, derived from its events, the working-day calendar and the rules in
 * force when each clock started — never stored flags that drift. Each clock carries its basis (article and
 * rule version), the day a warning starts, and whether it was kept or breached.
 */
export const caseEventTypes = [
  'filed',
  'decisionExtended',
  'noticeServed',
  'hearingRequested',
  'decided',
  'notPunished',
  'transferred',
  'withdrawn',
  'decisionServed',
  'publicNoticePosted',
  'paid',
  'publishedDecisionChanged',
  'publicationWithdrawn',
] as const;
export type CaseEventType = (typeof caseEventTypes)[number];

export interface CaseEvent {
  type: CaseEventType;
  date: IsoDate;
  /** `noticeServed`: the notice offered a hearing (第六十三条). */
  hearingOffered?: boolean;
  /** `decided`: the decision was handed to the party on the spot (第六十一条). */
  handedOver?: boolean;
  /** `decisionExtended`: calendar days of an approved extension of the 90 days. */
  days?: number;
}

export type ClockId =
  'decision' | 'hearingRequest' | 'serviceWhenAbsent' | 'publicNotice' | 'payment' | 'publicationWithdrawal';
export type ClockStatus = 'running' | 'warning' | 'breached' | 'met' | 'metLate';
/** Whose period it is: the authority breaches it; the party lets it lapse; a deemed date binds no one. */
export type Obligor = 'authority' | 'party' | 'none';

export interface Clock {
  id: ClockId;
  name: string;
  obligor: Obligor;
  startedOn: IsoDate;
  due: IsoDate;
  warnFrom: IsoDate;
  stoppedOn?: IsoDate;
  status: ClockStatus;
  provisional: boolean;
  /** 90 日, 5 个工作日 …, with the extension when granted. */
  period: string;
  basis: RuleRef;
}

export interface ClockOptions {
  /** Warn this many working days before the due date (default 3). */
  warnWorkingDays?: number;
}

interface ClockDef {
  id: ClockId;
  name: string;
  rule: string;
  obligor: Obligor;
  start: (events: readonly CaseEvent[]) => IsoDate | undefined;
  stoppedBy: readonly CaseEventType[];
}

const last = (
  events: readonly CaseEvent[],
  type: CaseEventType,
  where: (e: CaseEvent) => boolean = () => true,
) =>
  events
    .filter((e) => e.type === type && where(e))
    .reduce<CaseEvent | undefined>((a, e) => (!a || e.date >= a.date ? e : a), undefined);

const defs: ClockDef[] = [
  {
    id: 'decision',
    name: '作出行政处罚决定',
    rule: K.decision,
    obligor: 'authority',
    start: (ev) => last(ev, 'filed')?.date,
    // Every 第五十七条 outcome ends it: a penalty, no penalty, or the case sent to the judicial organs.
    stoppedBy: ['decided', 'notPunished', 'transferred', 'withdrawn'],
  },
  {
    id: 'hearingRequest',
    name: '当事人申请听证',
    rule: K.hearingRequest,
    obligor: 'party',
    start: (ev) => last(ev, 'noticeServed', (e) => e.hearingOffered === true)?.date,
    stoppedBy: ['hearingRequested'],
  },
  {
    id: 'serviceWhenAbsent',
    name: '送达行政处罚决定书（当事人不在场）',
    rule: K.serviceWhenAbsent,
    obligor: 'authority',
    start: (ev) => last(ev, 'decided', (e) => e.handedOver === false)?.date,
    stoppedBy: ['decisionServed', 'publicNoticePosted'],
  },
  {
    id: 'publicNotice',
    name: '公告送达视为送达',
    rule: K.publicNotice,
    obligor: 'none',
    start: (ev) => last(ev, 'publicNoticePosted')?.date,
    stoppedBy: [],
  },
  {
    id: 'payment',
    name: '缴纳罚款',
    rule: K.payment,
    obligor: 'party',
    // Served by delivery, or handed over when the decision was announced (第六十一条).
    start: (ev) =>
      last(ev, 'decisionServed')?.date ?? last(ev, 'decided', (e) => e.handedOver === true)?.date,
    stoppedBy: ['paid'],
  },
  {
    id: 'publicationWithdrawal',
    name: '撤回已公开的处罚决定信息',
    rule: K.publicationWithdrawal,
    obligor: 'authority',
    start: (ev) => last(ev, 'publishedDecisionChanged')?.date,
    stoppedBy: ['publicationWithdrawn'],
  },
];

const unitText: Record<PeriodUnit, string> = {
  workingDays: '个工作日',
  calendarDays: '日',
  months: '个月',
  years: '年',
};

/** Every clock the case's events have started, as of `today` (行政处罚法 第四十八、六十、六十一、六十四、六十七条). */
export function caseClocks(
  events: readonly CaseEvent[],
  cal: WorkingCalendar,
  rules: readonly LegalRule<EnforcementRuleValue>[],
  today: IsoDate,
  options: ClockOptions = {},
): Clock[] {
  const warnDays = options.warnWorkingDays ?? 3;
  const clocks: Clock[] = [];
  let deemedService: IsoDate | undefined;
  for (const def of defs) {
    // A public notice, once its period has passed, is the service the payment period runs from.
    const startedOn = def.id === 'payment' ? (def.start(events) ?? deemedService) : def.start(events);
    if (!startedOn) continue;
    const rule = ruleAt(rules, def.rule, startedOn);
    const value = asPeriod(rule);
    const extra =
      def.id === 'decision'
        ? events
            .filter((e) => e.type === 'decisionExtended' && e.date >= startedOn)
            .reduce((n, e) => n + (e.days ?? 0), 0)
        : 0;
    const end = periodEnd(cal, startedOn, {
      count: value.count + extra,
      unit: value.unit,
      rollForward: value.rollForward,
    });
    const warn = workingDaysBefore(cal, end.due, warnDays);
    const stop = events
      .filter((e) => def.stoppedBy.includes(e.type) && e.date >= startedOn)
      .reduce<IsoDate | undefined>((a, e) => (!a || e.date < a ? e.date : a), undefined);
    const stoppedOn = def.obligor === 'none' ? (today >= end.due ? end.due : undefined) : stop;
    if (def.id === 'publicNotice' && stoppedOn) deemedService = end.due;
    const status: ClockStatus = stoppedOn
      ? stoppedOn <= end.due
        ? 'met'
        : 'metLate'
      : today > end.due
        ? 'breached'
        : today >= warn.due
          ? 'warning'
          : 'running';
    clocks.push({
      id: def.id,
      name: def.name,
      obligor: def.obligor,
      startedOn,
      due: end.due,
      warnFrom: warn.due,
      ...(stoppedOn ? { stoppedOn } : {}),
      status,
      provisional: end.provisional || warn.provisional,
      period: `${value.count}${unitText[value.unit]}${extra ? `（延长 ${extra} 日）` : ''}`,
      basis: ruleRef(rule),
    });
  }
  return clocks;
}

/** The clocks the authority has breached (overdue, or kept late), for the supervision list. */
export const breachedClocks = (clocks: readonly Clock[]): Clock[] =>
  clocks.filter((c) => c.obligor === 'authority' && (c.status === 'breached' || c.status === 'metLate'));
