import type {
  AccidentDetailDto,
  AccidentDto,
  AccidentInput,
  AccidentMeasureDto,
  AccidentStatsDto,
  AccidentSupplementDto,
  EnterpriseSummaryDto,
  GradeResultDto,
  InvestigationDto,
  InvestigationInput,
  MeasureInput,
  MeasureStatus,
  Page,
  ReportStepInput,
  SupplementInput,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// Response shapes come from the schemas the server validates its answers with (issue 10).
export type Accident = AccidentDto;
export type AccidentDetail = AccidentDetailDto;
export type Supplement = AccidentSupplementDto;
export type Casualties = AccidentSupplementDto['before'];
export type Measure = AccidentMeasureDto;
export type AccidentStats = AccidentStatsDto;

/**
 * The server stores the parties and penalties as `investigationBody` validated them, but its response
 * schema declares them `unknown[]`; the form reads them in the input's shape.
 */
export type Investigation = Omit<InvestigationDto, 'responsibleParties' | 'penalties'> &
  Pick<Required<InvestigationInput>, 'responsibleParties' | 'penalties'>;

/** The enterprise picker needs only these fields of the enterprise list. */
export type EnterpriseOption = Pick<EnterpriseSummaryDto, 'id' | 'name' | 'divisionName'>;

export type AccidentBody = Omit<AccidentInput, 'minorInjuries' | 'missing'> &
  Partial<Pick<AccidentInput, 'minorInjuries' | 'missing'>>;

const base = (id: string) => `/accidents/${id}`;

export const accidentApi = {
  list: (query: Query) => api.get<Page<Accident>>('/accidents', query),
  get: (id: string) => api.get<AccidentDetail>(base(id)),
  create: (body: AccidentBody) => api.post<AccidentDetail>('/accidents', body),
  grade: (body: { deaths: number; seriousInjuries: number; directLoss: number }) =>
    api.post<GradeResultDto>('/calc/accident-grade', body),
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
