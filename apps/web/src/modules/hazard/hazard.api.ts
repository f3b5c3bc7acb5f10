import type {
  AcceptHazardInput,
  AssessHazardInput,
  ChecklistDto,
  HazardDetailDto,
  HazardEventDto,
  HazardBucket,
  HazardLevel,
  HazardStatsDto,
  HazardSummaryDto,
  LecResult,
  LsResult,
  NotificationChannelDto,
  NotificationChannelInput,
  NotificationDto,
  NotificationPageDto,
  Page,
  RejectHazardInput,
  Sensitivity,
  ReportHazardInput,
  RequestAcceptanceInput,
  StartRectificationInput,
  UnreadCountDto,
  UploadedPhotoDto,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

// Response shapes come from the schemas the server validates its answers with, so a change there breaks
// this build instead of drifting silently (issue 10).
export type HazardSummary = HazardSummaryDto;
export type HazardDetail = HazardDetailDto;
export type HazardEvent = HazardEventDto;
export type HazardPhoto = HazardEventDto['photos'][number];

/** The server's 320 px WebP thumbnail of a photo. */
export const thumbUrl = (p: HazardPhoto) => `${p.url}?size=thumb`;

export type UploadedPhoto = UploadedPhotoDto;

export type Checklist = ChecklistDto;
export type ChecklistItem = ChecklistDto['items'][number];

export type Keyed = HazardBucket & { name?: string };
export type HazardStats = HazardStatsDto;

export type Notification = NotificationDto;

export type ReportBody = Omit<ReportHazardInput, 'level'> & { level?: HazardLevel };
const base = (id: string) => `/hazards/${id}`;

export const hazardApi = {
  list: (query: Query) => api.get<Page<HazardSummary>>('/hazards', query),
  get: (id: string) => api.get<HazardDetail>(base(id)),
  report: (body: ReportBody) => api.post<HazardDetail>('/hazards', body),
  assess: (id: string, body: AssessHazardInput) => api.post<HazardDetail>(`${base(id)}/assess`, body),
  label: (id: string, sensitivity: Sensitivity) =>
    api.post<HazardDetail>(`${base(id)}/sensitivity`, { sensitivity }),
  startRectification: (id: string, body: StartRectificationInput) =>
    api.post<HazardDetail>(`${base(id)}/start-rectification`, body),
  requestAcceptance: (id: string, body: RequestAcceptanceInput) =>
    api.post<HazardDetail>(`${base(id)}/request-acceptance`, body),
  accept: (id: string, body: AcceptHazardInput) => api.post<HazardDetail>(`${base(id)}/accept`, body),
  reject: (id: string, body: RejectHazardInput) => api.post<HazardDetail>(`${base(id)}/reject`, body),
  uploadPhotos: (files: File[]) => {
    const form = new FormData();
    files.forEach((f) => form.append('file', f, f.name));
    return api.upload<{ items: UploadedPhoto[] }>('/hazards/photos', form);
  },
  stats: (query: Query) => api.get<HazardStats>('/hazards/stats', query),
  checklists: () => api.get<Checklist[]>('/risk/checklists'),
  lec: (body: { L: number; E: number; C: number }) => api.post<LecResult>('/calc/lec', body),
  ls: (body: { L: number; S: number }) => api.post<LsResult>('/calc/ls', body),
  notifications: (query: Query) => api.get<NotificationPageDto>('/notifications', query),
  markRead: (id: string) => api.post<UnreadCountDto>(`/notifications/${id}/read`),
  readAll: () => api.post<UnreadCountDto>('/notifications/read-all'),
  channel: () => api.get<NotificationChannelDto>('/notifications/channel'),
  saveChannel: (body: NotificationChannelInput) =>
    api.put<NotificationChannelDto>('/notifications/channel', body),
};
