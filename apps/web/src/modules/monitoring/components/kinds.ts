import type { MonitoringAlarmKind } from '@anjian/domain';

/** One colour per alarm kind: the table's tags (antd preset names) and the map's points (hex). */
export const kindColor: Record<MonitoringAlarmKind, string> = {
  high: 'orange',
  high_high: 'red',
  offline: 'default',
};
export const kindHex: Record<MonitoringAlarmKind, string> = {
  high_high: '#f5222d',
  high: '#fa8c16',
  offline: '#8c8c8c',
};
/** Most severe first: the order of the map's series and of the worst-alarm rule. */
export const bySeverity: MonitoringAlarmKind[] = ['high_high', 'high', 'offline'];

export const num = (v: number | null, uom: string) => (v === null ? '—' : `${v} ${uom}`);
