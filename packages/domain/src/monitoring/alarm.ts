/**
 * 重大危险源在线监测预警: what a reading means against a point's thresholds. Pure: the server's ingestor
 * and jobs call these, tests drive them with fixed values and clocks.
 */
export const monitoringPointKinds = [
  'level',
  'temperature',
  'pressure',
  'flammable_gas',
  'toxic_gas',
  'flow',
] as const;
export type MonitoringPointKind = (typeof monitoringPointKinds)[number];
export const monitoringPointKindNames: Record<MonitoringPointKind, string> = {
  level: '液位',
  temperature: '温度',
  pressure: '压力',
  flammable_gas: '可燃气体浓度',
  toxic_gas: '有毒气体浓度',
  flow: '流量',
};

export const monitoringAlarmKinds = ['high', 'high_high', 'offline'] as const;
export type MonitoringAlarmKind = (typeof monitoringAlarmKinds)[number];
export const monitoringAlarmKindNames: Record<MonitoringAlarmKind, string> = {
  high: '高报',
  high_high: '高高报',
  offline: '离线',
};

export interface Thresholds {
  high: number | null;
  highHigh: number | null;
}

/** The threshold alarm a value raises: high-high first (value ≥ 高高报值), then high (≥ 高报值), else none. */
export function thresholdLevel(value: number, t: Thresholds): 'high' | 'high_high' | null {
  if (t.highHigh !== null && value >= t.highHigh) return 'high_high';
  if (t.high !== null && value >= t.high) return 'high';
  return null;
}

/** Settings of the alarm loop (stored in `setting`, edited by the system administrator, audited). */
export interface MonitoringPolicy {
  /** A threshold alarm still open this long becomes a hazard in the dual-prevention loop. */
  sustainMinutes: number;
  /** A point with no reading for this long raises a 离线 alarm. */
  offlineMinutes: number;
}

/**
 * Platform defaults, not figures set by law (no text fixes them; GB 50493 and AQ 3035 require alarms and
 * their recording, not these durations): an installation sets its own.
 */
export const defaultMonitoringPolicy: MonitoringPolicy = { sustainMinutes: 30, offlineMinutes: 10 };

/** Is a point silent past the offline limit? A point that never reported counts from its creation. */
export function isOffline(
  lastAt: Date | null,
  createdAt: Date,
  now: Date,
  policy: Pick<MonitoringPolicy, 'offlineMinutes'>,
): boolean {
  const since = lastAt ?? createdAt;
  return now.getTime() - since.getTime() >= policy.offlineMinutes * 60_000;
}

/** Has an open threshold alarm lasted long enough to become a hazard? */
export function isSustained(raisedAt: Date, now: Date, policy: Pick<MonitoringPolicy, 'sustainMinutes'>) {
  return now.getTime() - raisedAt.getTime() >= policy.sustainMinutes * 60_000;
}

/** The minute a reading's aggregate belongs to (UTC, seconds dropped). */
export const minuteOf = (at: Date): Date => new Date(Math.floor(at.getTime() / 60_000) * 60_000);

/** A point's open alarms before a batch of its readings. */
export interface OpenAlarms {
  threshold: { kind: 'high' | 'high_high'; peak: number | null } | null;
  offline: boolean;
}

export type AlarmAction =
  | { type: 'raise'; kind: 'high' | 'high_high'; value: number; threshold: number; peak: number; at: Date }
  /** Clears the point's open alarm of that class (a reading back below 高报, or any reading after 离线). */
  | { type: 'clear'; which: 'threshold' | 'offline'; at: Date }
  /** The open threshold alarm's highest reading rose. */
  | { type: 'peak'; value: number };

/**
 * What a batch of one point's readings (oldest first) does to its alarms, in order: any reading ends 离线;
 * a reading at or above 高报 raises an alarm unless one is open, and 高高报 over an open 高报 clears it and
 * raises the higher one; a reading back below 高报 clears the open one (a 高高报 falling to the 高报 band stays
 * open as 高高报 until it is below 高报). The highest reading while open is its peak.
 */
export function evaluateReadings(
  state: OpenAlarms,
  readings: readonly { v: number; at: Date }[],
  t: Thresholds,
): AlarmAction[] {
  const actions: AlarmAction[] = [];
  let offline = state.offline;
  let open: {
    kind: 'high' | 'high_high';
    peak: number | null;
    raise?: AlarmAction & { type: 'raise' };
  } | null = state.threshold ? { ...state.threshold } : null;
  let peakRose = false;
  for (const r of readings) {
    if (offline) {
      actions.push({ type: 'clear', which: 'offline', at: r.at });
      offline = false;
    }
    const level = thresholdLevel(r.v, t);
    if (level === null) {
      if (open) {
        if (peakRose && !open.raise && open.peak !== null) actions.push({ type: 'peak', value: open.peak });
        peakRose = false;
        actions.push({ type: 'clear', which: 'threshold', at: r.at });
        open = null;
      }
    } else if (!open || (open.kind === 'high' && level === 'high_high')) {
      if (open) {
        if (peakRose && !open.raise && open.peak !== null) actions.push({ type: 'peak', value: open.peak });
        peakRose = false;
        actions.push({ type: 'clear', which: 'threshold', at: r.at });
      }
      const raise = {
        type: 'raise' as const,
        kind: level,
        value: r.v,
        threshold: (level === 'high_high' ? t.highHigh : t.high) as number,
        peak: r.v,
        at: r.at,
      };
      actions.push(raise);
      open = { kind: level, peak: r.v, raise };
    } else if (open.peak === null || r.v > open.peak) {
      open.peak = r.v;
      if (open.raise) open.raise.peak = r.v;
      else peakRose = true;
    }
  }
  if (open && peakRose && !open.raise && open.peak !== null) actions.push({ type: 'peak', value: open.peak });
  return actions;
}
