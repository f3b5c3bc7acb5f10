import type {
  MonitoringAlarm,
  MonitoringAlarmKind,
  MonitoringPoint,
  MonitoringPointKind,
} from '@anjian/domain';
import type { AlarmRow, PointRow } from './monitoring.repository.ts';

/** The topic a gateway publishes a point's readings on (the enterprise by its 统一社会信用代码). */
export const topicOf = (root: string, p: { credit_code: string; unit_id: string; id: string }) =>
  `${root}/${p.credit_code}/${p.unit_id}/${p.id}`;

export const presentPoint = (p: PointRow, topicRoot: string): MonitoringPoint => ({
  id: p.id,
  unitId: p.unit_id,
  unitName: p.unit_name,
  enterpriseId: p.enterprise_id,
  enterpriseName: p.enterprise_name,
  divisionCode: p.division_code,
  code: p.code,
  name: p.name,
  kind: p.kind as MonitoringPointKind,
  uom: p.uom,
  high: p.high,
  highHigh: p.high_high,
  lastValue: p.last_value,
  lastAt: p.last_at?.toISOString() ?? null,
  topic: topicOf(topicRoot, p),
  updatedAt: p.updated_at.toISOString(),
});

export const presentAlarm = (a: AlarmRow): MonitoringAlarm => ({
  id: a.id,
  pointId: a.point_id,
  pointCode: a.point_code,
  pointName: a.point_name,
  uom: a.uom,
  unitId: a.unit_id,
  unitName: a.unit_name,
  enterpriseId: a.enterprise_id,
  enterpriseName: a.enterprise_name,
  divisionCode: a.division_code,
  kind: a.kind as MonitoringAlarmKind,
  value: a.value,
  threshold: a.threshold,
  peak: a.peak,
  raisedAt: a.raised_at.toISOString(),
  clearedAt: a.cleared_at?.toISOString() ?? null,
  acknowledgedAt: a.acknowledged_at?.toISOString() ?? null,
  acknowledgedBy: a.acknowledged_name,
  comment: a.comment,
  hazardId: a.hazard_id,
});
