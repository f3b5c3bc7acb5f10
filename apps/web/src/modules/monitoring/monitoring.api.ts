import type { AcknowledgeAlarmInput, MonitoringAlarm, MonitoringTrend, Page } from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

export type { MonitoringAlarm, MonitoringTrend };

export const monitoringApi = {
  alarms: (query: Query) => api.get<Page<MonitoringAlarm>>('/monitoring/alarms', query),
  acknowledge: (id: string, body: AcknowledgeAlarmInput) =>
    api.post<MonitoringAlarm>(`/monitoring/alarms/${id}/acknowledge`, body),
  trend: (pointId: string, minutes: number) =>
    api.get<MonitoringTrend>(`/monitoring/points/${pointId}/trend`, { minutes }),
};
