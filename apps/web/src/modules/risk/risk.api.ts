import type {
  CheckRecordDto,
  CheckTaskDto,
  CreateCheckRecordInput,
  CreateCheckTaskInput,
  CreateRiskEventInput,
  CreateRiskMeasureInput,
  CreateRiskObjectInput,
  CreateRiskUnitInput,
  PublicRiskUnitDto,
  RiskColor,
  RiskEventDto,
  RiskMapDto,
  RiskMeasureDto,
  RiskObjectDto,
  RiskUnitDetailDto,
  RiskUnitDto,
  UpdateCheckTaskInput,
  UpdateRiskEventInput,
  UpdateRiskMeasureInput,
  UpdateRiskObjectInput,
  UpdateRiskUnitInput,
  RevealedPhoneDto,
} from '@anjian/domain';
import { api } from '../../api/client.ts';

/** The risk model of docs/api-hazard.md ("Risk model"): object → unit → event → measure → task → record. */
// Its shapes come from the schemas the server validates its answers with (issue 10).
export type RiskObject = RiskObjectDto;
export type RiskUnit = RiskUnitDto;
export type RiskUnitDetail = RiskUnitDetailDto;
export type RiskEvent = RiskEventDto;
export type RiskMeasure = RiskMeasureDto;
export type CheckRecord = CheckRecordDto;
/** A single task (GET /risk/tasks/:id and the writes on it) also carries its records. */
export type CheckTask = CheckTaskDto & { records?: CheckRecordDto[] };

export type RiskMapItem = RiskMapDto['items'][number];
export type RiskMapCounts = Record<RiskColor | 'none', number>;

export type PublicRiskUnit = PublicRiskUnitDto;

type Items<T> = { items: T[] };

export const riskApi = {
  objects: (enterpriseId?: string) => api.get<Items<RiskObject>>('/risk/objects', { enterpriseId }),
  createObject: (body: CreateRiskObjectInput) => api.post<RiskObject>('/risk/objects', body),
  updateObject: (id: string, body: UpdateRiskObjectInput) =>
    api.patch<RiskObject>(`/risk/objects/${id}`, body),
  deleteObject: (id: string) => api.delete(`/risk/objects/${id}`),
  units: (enterpriseId?: string) => api.get<Items<RiskUnit>>('/risk/units', { enterpriseId }),
  unit: (id: string) => api.get<RiskUnitDetail>(`/risk/units/${id}`),
  createUnit: (body: CreateRiskUnitInput) => api.post<RiskUnitDetail>('/risk/units', body),
  updateUnit: (id: string, body: UpdateRiskUnitInput) => api.patch<RiskUnitDetail>(`/risk/units/${id}`, body),
  deleteUnit: (id: string) => api.delete(`/risk/units/${id}`),
  /** The plain phone (an audited action; lists show it masked). */
  revealPhone: (id: string) => api.post<RevealedPhoneDto>(`/risk/units/${id}/reveal-phone`),
  createEvent: (body: CreateRiskEventInput) => api.post<RiskEvent>('/risk/events', body),
  deleteEvent: (id: string) => api.delete(`/risk/events/${id}`),
  updateEvent: (id: string, body: UpdateRiskEventInput) => api.patch<RiskEvent>(`/risk/events/${id}`, body),
  createMeasure: (body: CreateRiskMeasureInput) => api.post<RiskMeasure>('/risk/measures', body),
  updateMeasure: (id: string, body: UpdateRiskMeasureInput) =>
    api.patch<RiskMeasure>(`/risk/measures/${id}`, body),
  deleteMeasure: (id: string) => api.delete(`/risk/measures/${id}`),
  createTask: (body: CreateCheckTaskInput) => api.post<CheckTask>('/risk/tasks', body),
  updateTask: (id: string, body: UpdateCheckTaskInput) => api.patch<CheckTask>(`/risk/tasks/${id}`, body),
  deleteTask: (id: string) => api.delete(`/risk/tasks/${id}`),
  task: (id: string) => api.get<CheckTask>(`/risk/tasks/${id}`),
  record: (taskId: string, body: CreateCheckRecordInput) =>
    api.post<CheckTask>(`/risk/tasks/${taskId}/records`, body),
  map: () => api.get<Items<RiskMapItem> & { counts: RiskMapCounts }>('/risk/map'),
  publicUnit: (id: string) =>
    api.get<PublicRiskUnit>(`/public/risk-units/${id}`, undefined, { noRedirect: true }),
  cardUrl: (unitId: string) => `/api/risk/units/${unitId}/card.pdf`,
  exportUrl: (format: 'json' | 'xlsx', enterpriseId?: string) =>
    `/api/risk/export?format=${format}${enterpriseId ? `&enterpriseId=${enterpriseId}` : ''}`,
};
