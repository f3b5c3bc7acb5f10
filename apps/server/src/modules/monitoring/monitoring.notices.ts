import { type MonitoringAlarmKind, monitoringAlarmKindNames } from '@anjian/domain';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { dispatchAfterCommit, notifyUsers } from '../notification/index.ts';
import * as repo from './monitoring-alarm.repository.ts';

const num = (v: number | null, uom: string) => (v === null ? '—' : `${v}${uom}`);
const hhmm = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

/**
 * A new alarm (高报/高高报/离线) tells the regulators in scope and the enterprise (站内消息, and the outbound
 * channel when it is on), in the transaction that raised it — once per alarm and recipient, never per
 * reading (a peak rising over an open alarm raises nothing). Returns the outbox rows to send after commit.
 */
export async function notifyNewAlarms(trx: Db, alarmIds: readonly string[]): Promise<string[]> {
  if (alarmIds.length === 0) return [];
  const [facts, recipients] = await Promise.all([
    repo.alarmNoticeFacts(trx, alarmIds),
    repo.alarmRecipients(trx, alarmIds),
  ]);
  const outbox: string[] = [];
  for (const a of facts) {
    const kind = monitoringAlarmKindNames[a.kind as MonitoringAlarmKind];
    const where = `${a.enterprise_name} ${a.unit_name} ${a.point_name}（${a.point_code}）`;
    const body =
      a.kind === 'offline'
        ? `${where} 无读数，${hhmm(a.raised_at)} UTC 判定离线；最后读数 ${num(a.value, a.uom)}。`
        : `${where} 读数 ${num(a.value, a.uom)}，超过${kind}阈值 ${num(a.threshold, a.uom)}，` +
          `报警时间 ${hhmm(a.raised_at)} UTC。请核查处置并在平台确认。`;
    const users = recipients.filter((r) => r.alarm_id === a.id).map((r) => r.user_id);
    outbox.push(
      ...(await notifyUsers(
        trx,
        { alarmId: a.id, kind: 'monitoring_alarm', title: `在线监测${kind}：${a.enterprise_name}`, body },
        users,
      )),
    );
  }
  return outbox;
}

/** After commit: the outbound channel's deliveries of the alarms' notices, in the background. */
export const sendAlarmNotices = (ctx: AppContext, outbox: readonly string[]) => {
  if (outbox.length) dispatchAfterCommit(ctx, outbox);
};
