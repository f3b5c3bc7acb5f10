import type { Page } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditRow {
  id: number;
  at: string;
  userId: string | null;
  username: string | null;
  roleCode: string | null;
  org: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  eventType: string;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: AuditOutcome;
  reason: string | null;
  diff: unknown;
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  firstBroken?: { id: number; problem: 'hash' | 'link' };
}

export const auditApi = {
  list: (query: Query) => api.get<Page<AuditRow>>('/audit', query),
  verify: () => api.get<AuditVerification>('/audit/verify'),
};
