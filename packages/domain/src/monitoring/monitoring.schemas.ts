import { z } from 'zod';
import { divisionCode, pagingQuery, text } from '../shared/schemas.ts';
import { monitoringAlarmKinds, monitoringPointKinds } from './alarm.ts';

export const MonitoringLimits = {
  /** |value| above this is not a plausible sensor reading (counted as invalid, dropped). */
  maxAbsValue: 1e9,
  /** A reading stamped further ahead than this (clock skew) is refused. */
  maxFutureSkewMs: 5 * 60_000,
  /** A reading older than this is refused (a replay, a buffer flushed days late). */
  maxAgeMs: 24 * 3_600_000,
  maxTrendMinutes: 7 * 24 * 60,
  maxPolicyMinutes: 7 * 24 * 60,
} as const;

const threshold = z.number().finite().min(-MonitoringLimits.maxAbsValue).max(MonitoringLimits.maxAbsValue);

/** A monitoring point (监测点位) of a major hazard unit: 位号, what it measures, unit of measure, 高报/高高报. */
export const monitoringPointBody = z
  .object({
    unitId: z.uuid().describe('重大危险源辨识单元'),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{1,40}$/, '位号只能包含字母、数字、点、下划线和连字符（最多 40 个）')
      .describe('位号，如 LT-101'),
    name: text(100),
    kind: z.enum(monitoringPointKinds),
    uom: text(20).describe('计量单位，如 m、℃、MPa、%LEL、ppm'),
    high: threshold.nullable().default(null).describe('高报值'),
    highHigh: threshold.nullable().default(null).describe('高高报值'),
  })
  .strict()
  .refine((p) => p.high === null || p.highHigh === null || p.highHigh > p.high, {
    message: '高高报值应大于高报值',
    path: ['highHigh'],
  });
export type MonitoringPointInput = z.infer<typeof monitoringPointBody>;

export const listMonitoringPointsQuery = pagingQuery
  .extend({
    unitId: z.uuid().optional(),
    enterpriseId: z.uuid().optional(),
    divisionCode: divisionCode.optional(),
  })
  .strict();
export type ListMonitoringPointsQuery = z.infer<typeof listMonitoringPointsQuery>;

export const listMonitoringAlarmsQuery = pagingQuery
  .extend({
    status: z.enum(['open', 'all']).default('open'),
    kind: z.enum(monitoringAlarmKinds).optional(),
    divisionCode: divisionCode.optional(),
    enterpriseId: z.uuid().optional(),
    pointId: z.uuid().optional(),
  })
  .strict();
export type ListMonitoringAlarmsQuery = z.infer<typeof listMonitoringAlarmsQuery>;

export const acknowledgeAlarmBody = z
  .object({ comment: z.string().trim().max(500).optional().describe('处置说明') })
  .strict();
export type AcknowledgeAlarmInput = z.infer<typeof acknowledgeAlarmBody>;

export const monitoringTrendQuery = z
  .object({
    minutes: z.coerce.number().int().min(1).max(MonitoringLimits.maxTrendMinutes).default(60),
  })
  .strict();

export const monitoringPolicyBody = z
  .object({
    sustainMinutes: z.number().int().min(1).max(MonitoringLimits.maxPolicyMinutes),
    offlineMinutes: z.number().int().min(1).max(MonitoringLimits.maxPolicyMinutes),
  })
  .strict();

/**
 * The payload a gateway publishes on `anjian/<enterprise credit code or id>/<unit id>/<point id>`:
 * `{"v": 12.5}` or `{"v": 12.5, "t": "2026-12-03T10:00:00Z"}` (t also as epoch milliseconds). Without
 * `t` the broker's arrival time is used.
 */
export const readingPayload = z
  .object({
    v: z.number().finite().min(-MonitoringLimits.maxAbsValue).max(MonitoringLimits.maxAbsValue),
    t: z.union([z.iso.datetime({ offset: true }), z.number().int().positive()]).optional(),
  })
  .strict();
export type ReadingPayload = z.infer<typeof readingPayload>;
