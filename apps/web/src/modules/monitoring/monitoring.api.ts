import type {
  AcknowledgeAlarmInput,
  MonitoringAlarm,
  MonitoringAlarmMap,
  MonitoringIngestStats,
  MonitoringTrend,
  Page,
} from '@anjian/domain';
import { api, type Query } from '../../api/client.ts';

export type { MonitoringAlarm, MonitoringAlarmMap, MonitoringTrend };

export const monitoringApi = {
  alarmMap: () => api.get<MonitoringAlarmMap>('/monitoring/alarm-map'),
  ingestStats: () => api.get<MonitoringIngestStats>('/monitoring/ingest-stats'),
  alarms: (query: Query) => api.get<Page<MonitoringAlarm>>('/monitoring/alarms', query),
  acknowledge: (id: string, body: AcknowledgeAlarmInput) =>
    api.post<MonitoringAlarm>(`/monitoring/alarms/${id}/acknowledge`, body),
  trend: (pointId: string, minutes: number) =>
    api.get<MonitoringTrend>(`/monitoring/points/${pointId}/trend`, { minutes }),
};
