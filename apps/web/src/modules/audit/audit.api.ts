import type { AuditRowDto, AuditVerificationDto, Page } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

export type { AuditOutcome } from '@anjian/domain';
export type AuditRow = AuditRowDto;
export type AuditVerification = AuditVerificationDto;

export const auditApi = {
  list: (query: Query) => api.get<Page<AuditRow>>('/audit', query),
  verify: () => api.get<AuditVerification>('/audit/verify'),
};
