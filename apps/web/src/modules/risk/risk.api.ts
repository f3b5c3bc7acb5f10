import type {
  CheckResult,
  ControlMeasureType,
  CreateCheckRecordInput,
  CreateCheckTaskInput,
  CreateRiskEventInput,
  CreateRiskMeasureInput,
  CreateRiskObjectInput,
  CreateRiskUnitInput,
  CycleUnit,
  DangerClass,
  ResponsibleLevel,
  RiskColor,
  RiskLevel,
  RiskObjectKind,
  UpdateCheckTaskInput,
  UpdateRiskEventInput,
  UpdateRiskMeasureInput,
  UpdateRiskObjectInput,
  UpdateRiskUnitInput,
} from '@anjian/domain';
import { api } from '../../api/client.ts';

/** The risk model of docs/api-hazard.md ("Risk model"): object → unit → event → measure → task → record. */
export interface RiskObject {
  id: string;
  enterprise: { id: string; name: string };
  divisionCode: string;
  kind: RiskObjectKind;
  name: string;
  code: string | null;
  description: string | null;
  unitCount: number;
  createdAt: string;
}

export interface RiskUnit {
  id: string;
  enterprise: { id: string; name: string };
  object: { id: string; name: string; kind: RiskObjectKind };
  divisionCode: string;
  name: string;
  location: string | null;
  department: string;
  responsiblePerson: string;
  responsiblePhone: string | null;
  grade: RiskLevel | null;
  color: RiskColor | null;
}

export interface RiskMeasure {
  id: string;
  eventId: string;
  unitId: string;
  type: ControlMeasureType;
  content: string;
  responsibleLevel: ResponsibleLevel;
  responsiblePerson: string | null;
}

export interface RiskEvent {
  id: string;
  unitId: string;
  name: string;
  consequence: string | null;
  method: 'LEC' | 'LS';
  scores: { L: number; E?: number; C?: number; S?: number };
  score: number;
  dangerClass: DangerClass | null;
  level: RiskLevel;
  color: RiskColor;
  ruleVersion: string;
}

export interface CheckRecord {
  id: string;
  taskId: string;
  result: CheckResult;
  hazardId: string | null;
  comment: string | null;
  checkedAt: string;
  checkerName: string | null;
}

export interface CheckTask {
  id: string;
  measureId: string;
  unitId: string;
  enterpriseId: string;
  content: string | null;
  cycle: { num: number; unit: CycleUnit; text: string };
  responsiblePerson: string | null;
  startsAt: string;
  lastCheckedAt: string | null;
  nextDue: string;
  overdue: boolean;
  records?: CheckRecord[];
}

export interface RiskUnitDetail extends RiskUnit {
  events: (RiskEvent & { measures: RiskMeasure[] })[];
  tasks: CheckTask[];
}

export interface RiskMapItem {
  id: string;
  name: string;
  divisionCode: string;
  longitude: number | null;
  latitude: number | null;
  grade: RiskLevel | null;
  color: RiskColor | null;
  units: { id: string; name: string; grade: RiskLevel | null; color: RiskColor | null }[];
}
export type RiskMapCounts = Record<RiskColor | 'none', number>;

export interface PublicRiskUnit {
  id: string;
  name: string;
  enterpriseName: string;
  objectName: string;
  objectKind: RiskObjectKind;
  location: string | null;
  department: string;
  responsiblePerson: string;
  grade: RiskLevel | null;
  color: RiskColor | null;
  events: {
    name: string;
    consequence: string | null;
    level: RiskLevel;
    color: RiskColor;
    measures: { type: ControlMeasureType; content: string }[];
  }[];
  emergencyMeasures: string[];
}

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
