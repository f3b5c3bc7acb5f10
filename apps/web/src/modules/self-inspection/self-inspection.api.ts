import type {
  CompleteSelfInspectionTaskInput,
  CreateSelfInspectionPlanInput,
  InspectionFrequency,
  PlanItem,
  TaskState,
  UpdateSelfInspectionPlanInput,
} from '@anjian/domain';
import { type Query, api } from '../../api/client.ts';

/** 企业自查计划 (docs/api-hazard.md "Self-inspection"): plans, their periodic tasks, the completion rate. */
export interface TaskCounts {
  total: number;
  due: number;
  onTime: number;
  late: number;
  missed: number;
  completionRate: number | null;
}

export interface SelfInspectionPlan {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  divisionCode: string;
  name: string;
  frequency: InspectionFrequency;
  frequencyName: string;
  assignee: string | null;
  items: PlanItem[];
  startsOn: string;
  endsOn: string | null;
  active: boolean;
  createdAt: string;
  tasks: TaskCounts;
}

export interface SelfInspectionTask {
  id: string;
  planId: string;
  planName: string;
  frequency: InspectionFrequency;
  frequencyName: string;
  assignee: string | null;
  enterpriseId: string;
  enterpriseName: string;
  divisionCode: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  state: TaskState;
  doneAt: string | null;
  doneByName: string | null;
  hazardIds: string[];
  comment: string | null;
  itemCount: number;
}

export interface TaskItem extends PlanItem {
  index: number;
  ok: boolean | null;
  comment: string | null;
  hazardId: string | null;
}

export interface SelfInspectionTaskDetail extends SelfInspectionTask {
  items: TaskItem[];
}

export interface StatsCounts extends TaskCounts {
  pending: number;
  hazardsFound: number;
  enterprises: number;
}

export interface SelfInspectionStats extends StatsCounts {
  asOf: string;
  byDivision: (StatsCounts & { key: string; name: string })[];
  byFrequency: (StatsCounts & { key: InspectionFrequency })[];
}

export const taskStateNames: Record<TaskState, { text: string; color: string }> = {
  pending: { text: '待完成', color: 'processing' },
  done_on_time: { text: '按期完成', color: 'success' },
  done_late: { text: '逾期补录', color: 'warning' },
  missed: { text: '未完成', color: 'error' },
};

const base = '/self-inspection';
export const selfInspectionApi = {
  plans: (query: Query) => api.get<{ items: SelfInspectionPlan[] }>(`${base}/plans`, query),
  createPlan: (body: CreateSelfInspectionPlanInput) => api.post<SelfInspectionPlan>(`${base}/plans`, body),
  updatePlan: (id: string, body: UpdateSelfInspectionPlanInput) =>
    api.patch<SelfInspectionPlan>(`${base}/plans/${id}`, body),
  tasks: (query: Query) => api.get<{ items: SelfInspectionTask[] }>(`${base}/tasks`, query),
  task: (id: string) => api.get<SelfInspectionTaskDetail>(`${base}/tasks/${id}`),
  complete: (id: string, body: CompleteSelfInspectionTaskInput) =>
    api.post<SelfInspectionTaskDetail>(`${base}/tasks/${id}/complete`, body),
  stats: (query: Query) => api.get<SelfInspectionStats>(`${base}/stats`, query),
};
