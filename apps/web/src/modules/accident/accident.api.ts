import type {
  AccidentGrade,
  AccidentInput,
  GradeResult,
  InvestigationInput,
  InvestigationStatus,
  MeasureInput,
  MeasureStatus,
  Page,
  ReportLevel,
  ReportStepInput,
  StepStatus,
  SupplementInput,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

/** An accident as the server presents it (docs/api-accident.md). */
export interface Accident {
  id: string;
  divisionCode: string;
  divisionName: string;
  occurredAt: string;
  statYear: number;
  title: string;
  location: string | null;
  longitude: number | null;
  latitude: number | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  category: string;
  categoryName: string;
  sector: string | null;
  accidentType: string;
  accidentTypeName: string;
  deaths: number;
  seriousInjuries: number;
  minorInjuries: number;
  missing: number;
  directLoss: number;
  grade: AccidentGrade;
  gradeBasis: string[];
  gradeRuleVersion: string;
  description: string | null;
  supplementDeadline: string;
  createdAt: string;
  updatedAt: string;
}

export interface TimelineStep {
  level: ReportLevel;
  levelName: string;
  required: boolean;
  deadline: string;
  reportedAt: string | null;
  reportedBy: string | null;
  status: StepStatus;
  statusName: string;
  minutesLate: number;
}

export interface Casualties {
  deaths: number;
  seriousInjuries: number;
  minorInjuries: number;
  missing: number;
  directLoss: number;
}

export interface Supplement {
  id: string;
  reportedAt: string;
  before: Casualties;
  after: Casualties;
  gradeBefore: AccidentGrade;
  gradeAfter: AccidentGrade;
  note: string;
}

export interface AccidentDetail extends Accident {
  timeline: TimelineStep[];
  supplements: Supplement[];
}

export interface Measure {
  id: string;
  content: string;
  owner: string;
  ownerUnit: string | null;
  deadline: string;
  status: MeasureStatus;
  statusName: string;
  overdue: boolean;
  completedAt: string | null;
  verifiedAt: string | null;
  followups: { at: string; note: string; statusAfter: MeasureStatus }[];
}

export type Investigation = Required<Omit<InvestigationInput, 'concludedAt'>> & {
  accidentId: string;
  status: InvestigationStatus;
  statusName: string;
  concludedAt: string | null;
  closedAt: string | null;
  measures: Measure[];
  openMeasures: number;
  overdueMeasures: number;
};

export interface GradeStat {
  accidents: number;
  deaths: number;
  seriousInjuries: number;
  directLoss: number;
}

export interface AccidentStats {
  byGrade: (GradeStat & { grade: AccidentGrade })[];
  byCategory: (GradeStat & { category: string; categoryName: string })[];
  byYear: (GradeStat & { year: number })[];
}

export interface EnterpriseOption {
  id: string;
  name: string;
  divisionName: string;
}

export type AccidentBody = Omit<AccidentInput, 'minorInjuries' | 'missing'> &
  Partial<Pick<AccidentInput, 'minorInjuries' | 'missing'>>;

const base = (id: string) => `/accidents/${id}`;

export const accidentApi = {
  list: (query: Query) => api.get<Page<Accident>>('/accidents', query),
  get: (id: string) => api.get<AccidentDetail>(base(id)),
  create: (body: AccidentBody) => api.post<AccidentDetail>('/accidents', body),
  grade: (body: { deaths: number; seriousInjuries: number; directLoss: number }) =>
    api.post<GradeResult>('/calc/accident-grade', body),
  addReportStep: (id: string, body: ReportStepInput) =>
    api.post<AccidentDetail>(`${base(id)}/report-steps`, body),
  addSupplement: (id: string, body: SupplementInput) =>
    api.post<AccidentDetail>(`${base(id)}/supplements`, body),
  investigation: (id: string) => api.get<Investigation>(`${base(id)}/investigation`),
  saveInvestigation: (id: string, body: InvestigationInput) =>
    api.put<Investigation>(`${base(id)}/investigation`, body),
  addMeasure: (id: string, body: MeasureInput) => api.post<Investigation>(`${base(id)}/measures`, body),
  followUp: (id: string, measureId: string, body: { note: string; status: MeasureStatus }) =>
    api.post<Investigation>(`${base(id)}/measures/${measureId}/follow-ups`, body),
  close: (id: string) => api.post<Investigation>(`${base(id)}/investigation/close`),
  stats: (query: { division: string; from: number; to: number }) =>
    api.get<AccidentStats>('/accidents/stats', query),
  enterprises: (q: string) =>
    api.get<Page<EnterpriseOption>>('/enterprises', { q: q.trim() || undefined, pageSize: 20 }),
};
