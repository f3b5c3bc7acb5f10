import crypto from 'node:crypto';
import type { Insertable } from 'kysely';
import type { RiskObjectKind } from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import { assess } from './risk-model.service.ts';
import type {
  RiskCheckRecordTable,
  RiskCheckTaskTable,
  RiskEventTable,
  RiskMeasureTable,
  RiskObjectTable,
  RiskUnitTable,
} from './risk-model.table.ts';
import { systemContext } from '../../platform/access/actor.ts';

type Scores = { method: 'LEC'; L: number; E: number; C: number } | { method: 'LS'; L: number; S: number };
/** Demo templates: object, its units, each unit's events with scores, an engineering and an emergency measure. */
const TEMPLATES: {
  kind: RiskObjectKind;
  name: string;
  units: { name: string; department: string; events: [string, string, Scores][] }[];
}[] = [
  {
    kind: '设施设备',
    name: '储罐区',
    units: [
      {
        name: '1号储罐',
        department: '储运部',
        events: [
          ['储罐泄漏引发火灾爆炸', '火灾、爆炸', { method: 'LEC', L: 3, E: 6, C: 40 }],
          ['储罐区人员中毒', '中毒窒息', { method: 'LEC', L: 1, E: 6, C: 15 }],
        ],
      },
      {
        name: '装卸栈台',
        department: '储运部',
        events: [['装卸作业静电引燃', '火灾', { method: 'LS', L: 3, S: 4 }]],
      },
    ],
  },
  {
    kind: '作业活动',
    name: '检维修作业',
    units: [
      {
        name: '有限空间作业',
        department: '设备部',
        events: [['有限空间中毒窒息', '中毒窒息', { method: 'LEC', L: 1, E: 3, C: 40 }]],
      },
      {
        name: '高处作业',
        department: '设备部',
        events: [['高处坠落', '人员伤亡', { method: 'LS', L: 2, S: 2 }]],
      },
    ],
  },
  {
    kind: '场所',
    name: '生产车间',
    units: [
      {
        name: '配电室',
        department: '动力部',
        events: [['触电', '人员伤亡', { method: 'LEC', L: 1, E: 3, C: 7 }]],
      },
    ],
  },
];

/**
 * A small demo risk model (demo mode, empty risk_object table, with the demo enterprises): for up to three
 * normal enterprises per county, objects → units → events (LEC / L×S) → measures → daily check tasks with
 * a record. One transaction, one audit row; grades are derived, not stored.
 */
export async function seedDemoRiskModel(ctx: AppContext, now = new Date()): Promise<void> {
  const { db } = ctx;
  if (await db.selectFrom('risk_object').select('id').limit(1).executeTakeFirst()) return;
  const all = await db
    .selectFrom('enterprise')
    .select(['id', 'division_code', 'sector'])
    .where('status', '=', 'normal')
    .orderBy('credit_code')
    .limit(400)
    .execute();
  const perCounty = new Map<string, number>();
  const picked = all.filter((e) => {
    const n = perCounty.get(e.division_code.slice(0, 6)) ?? 0;
    perCounty.set(e.division_code.slice(0, 6), n + 1);
    return n < 3;
  });
  if (picked.length === 0) return;
  const rows = {
    objects: [] as Insertable<RiskObjectTable>[],
    units: [] as Insertable<RiskUnitTable>[],
    events: [] as Insertable<RiskEventTable>[],
    measures: [] as Insertable<RiskMeasureTable>[],
    tasks: [] as Insertable<RiskCheckTaskTable>[],
    records: [] as Insertable<RiskCheckRecordTable>[],
  };
  picked.forEach((e, i) => {
    const scope = { enterprise_id: e.id, division_code: e.division_code, sector: e.sector };
    // Vary the enterprises: some get only the lower-risk templates.
    for (const tpl of TEMPLATES.slice(i % 2, TEMPLATES.length)) {
      const objectId = crypto.randomUUID();
      rows.objects.push({ id: objectId, ...scope, kind: tpl.kind, name: tpl.name });
      for (const u of tpl.units) {
        const unitId = crypto.randomUUID();
        rows.units.push({
          id: unitId,
          object_id: objectId,
          ...scope,
          name: u.name,
          department: u.department,
          responsible_person: `${u.department}负责人`,
        });
        for (const [name, consequence, scores] of u.events) {
          const eventId = crypto.randomUUID();
          rows.events.push({ id: eventId, unit_id: unitId, ...scope, name, consequence, ...assess(scores) });
          const measureId = crypto.randomUUID();
          rows.measures.push({
            id: measureId,
            event_id: eventId,
            unit_id: unitId,
            ...scope,
            type: '工程技术',
            content: `${name}：设置监测报警与安全联锁`,
            responsible_level: '部门',
            responsible_person: `${u.department}负责人`,
          });
          rows.measures.push({
            id: crypto.randomUUID(),
            event_id: eventId,
            unit_id: unitId,
            ...scope,
            type: '应急措施',
            content: `发生${consequence}时立即停止作业、撤离人员并报告`,
            responsible_level: '岗位',
            responsible_person: null,
          });
          const taskId = crypto.randomUUID();
          const startsAt = new Date(now.getTime() - 30 * 86_400_000);
          rows.tasks.push({
            id: taskId,
            measure_id: measureId,
            unit_id: unitId,
            ...scope,
            content: `检查${name}的监测报警与联锁是否完好`,
            cycle_num: 1,
            cycle_unit: i % 3 === 0 ? 'week' : 'day',
            starts_at: startsAt,
          });
          rows.records.push({
            id: crypto.randomUUID(),
            task_id: taskId,
            ...scope,
            result: 'normal',
            comment: '正常',
            checked_at: new Date(now.getTime() - (1 + (i % 4)) * 86_400_000),
            checker_name: '演示数据',
          });
        }
      }
    }
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('risk_object').values(rows.objects).execute();
    await trx.insertInto('risk_unit').values(rows.units).execute();
    await trx.insertInto('risk_event').values(rows.events).execute();
    await trx.insertInto('risk_measure').values(rows.measures).execute();
    await trx.insertInto('risk_check_task').values(rows.tasks).execute();
    await trx.insertInto('risk_check_record').values(rows.records).execute();
    await ctx.audit(trx, systemContext, {
      eventType: 'system',
      action: 'system.seed_risk_model',
      reason: 'demo',
      diff: { objects: rows.objects.length, units: rows.units.length, events: rows.events.length },
    });
  });
}
