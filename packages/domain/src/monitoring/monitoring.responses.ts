import { z } from 'zod';
import { monitoringAlarmKinds, monitoringPointKinds } from './alarm.ts';

export const monitoringPointSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  divisionCode: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(monitoringPointKinds),
  uom: z.string(),
  high: z.number().nullable(),
  highHigh: z.number().nullable(),
  lastValue: z.number().nullable(),
  lastAt: z.string().nullable(),
  /** The MQTT topic a gateway publishes this point's readings on. */
  topic: z.string(),
  updatedAt: z.string(),
});
export type MonitoringPoint = z.infer<typeof monitoringPointSchema>;

export const monitoringAlarmSchema = z.object({
  id: z.uuid(),
  pointId: z.uuid(),
  pointCode: z.string(),
  pointName: z.string(),
  uom: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  divisionCode: z.string(),
  kind: z.enum(monitoringAlarmKinds),
  /** The reading that raised it and the threshold it crossed (null for 离线). */
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  /** The highest reading while open. */
  peak: z.number().nullable(),
  raisedAt: z.string(),
  clearedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  comment: z.string().nullable(),
  /** The hazard it became when it lasted past the configured time. */
  hazardId: z.uuid().nullable(),
});
export type MonitoringAlarm = z.infer<typeof monitoringAlarmSchema>;

export const monitoringTrendSchema = z.object({
  pointId: z.uuid(),
  uom: z.string(),
  high: z.number().nullable(),
  highHigh: z.number().nullable(),
  /** Per-minute aggregates, oldest first. */
  minutes: z.array(
    z.object({
      at: z.string(),
      min: z.number(),
      max: z.number(),
      avg: z.number(),
      last: z.number(),
      count: z.number().int(),
    }),
  ),
});
export type MonitoringTrend = z.infer<typeof monitoringTrendSchema>;

export const monitoringIngestStatsSchema = z.object({
  mode: z.enum(['external', 'embedded', 'off']),
  connected: z.boolean(),
  since: z.string(),
  received: z.number().int(),
  accepted: z.number().int(),
  /** Dropped messages by reason: invalid_topic, invalid_payload, unknown_point, topic_mismatch, stale. */
  dropped: z.record(z.string(), z.number().int()),
  flushes: z.number().int(),
  lastFlushAt: z.string().nullable(),
});
export type MonitoringIngestStats = z.infer<typeof monitoringIngestStatsSchema>;

export const monitoringPolicySchema = z.object({
  sustainMinutes: z.number().int(),
  offlineMinutes: z.number().int(),
});

/** The open alarms of the enterprises in scope, for the city's map: one row per enterprise. */
export const monitoringAlarmMapSchema = z.object({
  items: z.array(
    z.object({
      enterpriseId: z.uuid(),
      enterpriseName: z.string(),
      divisionCode: z.string(),
      /** The enterprise's registered position (null when it has none: listed, not drawn). */
      longitude: z.number().nullable(),
      latitude: z.number().nullable(),
      /** The most severe open alarm: 高高报 over 高报 over 离线. */
      worst: z.enum(monitoringAlarmKinds),
      open: z.object({ high_high: z.number().int(), high: z.number().int(), offline: z.number().int() }),
      lastRaisedAt: z.string(),
    }),
  ),
  /** More enterprises have open alarms than the map lists (the cap). */
  truncated: z.boolean(),
});
export type MonitoringAlarmMap = z.infer<typeof monitoringAlarmMapSchema>;
