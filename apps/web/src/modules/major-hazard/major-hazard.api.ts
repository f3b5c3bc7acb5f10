import type {
  BaobaoReport,
  DutyCheckInput,
  DutyCycleDto,
  DutyCycleInput,
  GuarantorRole,
  MajorHazardRegistrationInput,
  MajorHazardCalcInput,
  MajorHazardCalcResult,
  MajorHazardUnit,
  MajorHazardUnitDetail,
  MajorHazardUnitInput,
  Page,
  StandardEntryInput,
  StandardTableDto,
  StandardTableNo,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// Response shapes come from packages/domain (the schemas the server validates its answers with).
export type Unit = MajorHazardUnit;
export type UnitDetail = MajorHazardUnitDetail;
export type CalcResult = MajorHazardCalcResult;
export type Baobao = BaobaoReport;
export type DutyCycle = DutyCycleDto;
export type StandardTable = StandardTableDto;

const qs = (query: Query) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** Starts a browser download of a same-origin GET (the session cookie goes along). */
export function download(href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export const majorHazardApi = {
  list: (query: Query) => api.get<Page<Unit>>('/major-hazard/units', query),
  get: (id: string) => api.get<UnitDetail>(`/major-hazard/units/${id}`),
  create: (body: MajorHazardUnitInput) => api.post<UnitDetail>('/major-hazard/units', body),
  update: (id: string, body: MajorHazardUnitInput) => api.put<UnitDetail>(`/major-hazard/units/${id}`, body),
  /** The public calculator (no session): the form's live preview and the public page. */
  calc: (body: MajorHazardCalcInput, signal?: AbortSignal) =>
    api.post<CalcResult>('/calc/major-hazard', body, { noRedirect: true, signal }),
  saveRegistration: (id: string, body: MajorHazardRegistrationInput) =>
    api.put<UnitDetail>(`/major-hazard/units/${id}/registration`, body),
  recordDuty: (id: string, body: DutyCheckInput) =>
    api.post<UnitDetail>(`/major-hazard/units/${id}/duty-checks`, body),
  dutyCycles: () => api.get<DutyCycle[]>('/major-hazard/duty-cycles'),
  updateDutyCycle: (role: GuarantorRole, body: DutyCycleInput) =>
    api.put<DutyCycle[]>(`/major-hazard/duty-cycles/${role}`, body),
  /** GB 18218-2018 Tables 1–6 (reference data; the system administrator edits an entry). */
  standardTable: (table: StandardTableNo) => api.get<StandardTable>(`/major-hazard/standard/tables/${table}`),
  updateStandardEntry: (table: StandardTableNo, key: string, body: StandardEntryInput) =>
    api.put<StandardTable>(`/major-hazard/standard/tables/${table}/entries/${encodeURIComponent(key)}`, body),
  baobao: (query: Query) => api.get<Baobao>('/major-hazard/baobao', query),
  exportUrl: (query: Query) => `/api/major-hazard/units/export${qs(query)}`,
};
