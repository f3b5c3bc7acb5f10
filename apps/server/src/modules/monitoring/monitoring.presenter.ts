import type {
  MonitoringAlarm,
  MonitoringAlarmKind,
  MonitoringAlarmMap,
  MonitoringPoint,
  MonitoringPointKind,
} from '@anjian/domain';
import type { AlarmRow, PointRow, openAlarmsByEnterprise } from './monitoring.repository.ts';

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

type MapRow = Awaited<ReturnType<typeof openAlarmsByEnterprise>>[number];
const coord = (v: number | string | null) => (v === null ? null : Number(v));

export const presentAlarmMapItem = (r: MapRow): MonitoringAlarmMap['items'][number] => ({
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name,
  divisionCode: r.division_code,
  longitude: coord(r.longitude),
  latitude: coord(r.latitude),
  worst: r.high_high > 0 ? 'high_high' : r.high > 0 ? 'high' : 'offline',
  open: { high_high: r.high_high, high: r.high, offline: r.offline },
  lastRaisedAt: new Date(r.last_raised_at).toISOString(),
});
