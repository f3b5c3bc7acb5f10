import type {
  CompleteSelfInspectionTaskInput,
  CreateSelfInspectionPlanInput,
  InspectionFrequency,
  SelfInspectionCountsDto,
  SelfInspectionPlanDto,
  SelfInspectionStatsDto,
  SelfInspectionTaskDetailDto,
  SelfInspectionTaskDto,
  TaskState,
  UpdateSelfInspectionPlanInput,
} from '@anjian/domain';
import { type Query, api } from '../../api/client.ts';

/** 企业自查计划 (docs/api-hazard.md "Self-inspection"): plans, their periodic tasks, the completion rate. */
// The plan and task shapes come from the schemas the server validates its answers with (issue 10).
export type SelfInspectionPlan = SelfInspectionPlanDto;
export type TaskCounts = SelfInspectionPlan['tasks'];
export type SelfInspectionTask = SelfInspectionTaskDto;
export type SelfInspectionTaskDetail = SelfInspectionTaskDetailDto;

export type StatsCounts = SelfInspectionCountsDto;
/** `byFrequency` keys are the plan frequencies. */
export type SelfInspectionStats = Omit<SelfInspectionStatsDto, 'byFrequency'> & {
  byFrequency: (StatsCounts & { key: InspectionFrequency })[];
};

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
