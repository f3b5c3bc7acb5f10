import {
  type InspectionFrequency,
  type PlanItem,
  type SelfInspectionPlanDto,
  type SelfInspectionTaskDetailDto,
  type SelfInspectionTaskDto,
  frequencyNames,
  taskState,
} from '@anjian/domain';
import type { RecordedItem } from './self-inspection.table.ts';

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

interface PlanRow {
  id: string;
  enterprise_id: string;
  enterprise_name: string;
  division_code: string;
  name: string;
  frequency: InspectionFrequency;
  assignee: string | null;
  items: PlanItem[];
  starts_on: string;
  ends_on: string | null;
  active: boolean;
  created_at: Date;
  counts: { total: number; due: number; on_time: number; late: number; missed: number } | null;
}

export function presentPlan(p: PlanRow): SelfInspectionPlanDto {
  const c = p.counts ?? { total: 0, due: 0, on_time: 0, late: 0, missed: 0 };
  return {
    id: p.id,
    enterpriseId: p.enterprise_id,
    enterpriseName: p.enterprise_name,
    divisionCode: p.division_code,
    name: p.name,
    frequency: p.frequency,
    frequencyName: frequencyNames[p.frequency],
    assignee: p.assignee,
    items: p.items,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    active: p.active,
    createdAt: p.created_at.toISOString(),
    tasks: {
      total: Number(c.total),
      due: Number(c.due),
      onTime: Number(c.on_time),
      late: Number(c.late),
      missed: Number(c.missed),
      completionRate: rate(Number(c.on_time), Number(c.due)),
    },
  };
}

interface TaskRow {
  id: string;
  plan_id: string;
  plan_name: string;
  frequency: InspectionFrequency;
  assignee: string | null;
  enterprise_id: string;
  enterprise_name: string;
  division_code: string;
  period_key: string;
  period_start: string;
  period_end: string;
  done_at: Date | null;
  done_on: string | null;
  done_by_name: string | null;
  results: RecordedItem[] | null;
  hazard_ids: string[];
  comment: string | null;
  items: PlanItem[];
}

export function presentTask(t: TaskRow, today: string): SelfInspectionTaskDto {
  return {
    id: t.id,
    planId: t.plan_id,
    planName: t.plan_name,
    frequency: t.frequency,
    frequencyName: frequencyNames[t.frequency],
    assignee: t.assignee,
    enterpriseId: t.enterprise_id,
    enterpriseName: t.enterprise_name,
    divisionCode: t.division_code,
    periodKey: t.period_key,
    periodStart: t.period_start,
    periodEnd: t.period_end,
    state: taskState({ periodEnd: t.period_end, doneOn: t.done_on }, today),
    doneAt: t.done_at?.toISOString() ?? null,
    doneByName: t.done_by_name,
    hazardIds: t.hazard_ids,
    comment: t.comment,
    itemCount: t.items.length,
  };
}

/** The task with its checklist: the plan's items before it is done, the recorded results after. */
export function presentTaskDetail(t: TaskRow, today: string): SelfInspectionTaskDetailDto {
  return {
    ...presentTask(t, today),
    items:
      t.results ?? t.items.map((it, index) => ({ ...it, index, ok: null, comment: null, hazardId: null })),
  };
}
