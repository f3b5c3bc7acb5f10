import crypto from 'node:crypto';
import type { MonitoringPointKind } from '@anjian/domain';
import type { AppContext } from '../../platform/app-context.ts';
import { anyPoint, majorUnitsForDemo } from './monitoring-settings.repository.ts';
import * as repo from './monitoring.repository.ts';

interface DemoPoint {
  code: string;
  name: string;
  kind: MonitoringPointKind;
  uom: string;
  high: number;
  highHigh: number;
}

/**
 * Points of the demo's major hazard units. Thresholds are invented for the demo (an enterprise sets its own
 * from its design and the applicable standards), chosen only to look plausible on a tank farm.
 */
function demoPointsOf(unit: { kind: string; chemicals: { name?: string }[] }): DemoPoint[] {
  const names = unit.chemicals.map((c) => c.name ?? '').join('、');
  const toxic = /氯|氨/.test(names);
  const gas: DemoPoint = toxic
    ? { code: 'AT-101', name: `${names}有毒气体检测`, kind: 'toxic_gas', uom: 'ppm', high: 10, highHigh: 20 }
    : { code: 'AT-101', name: '可燃气体检测', kind: 'flammable_gas', uom: '%LEL', high: 25, highHigh: 50 };
  if (unit.kind === 'storage')
    return [
      { code: 'LT-101', name: '1# 储罐液位', kind: 'level', uom: 'm', high: 8, highHigh: 9 },
      { code: 'PT-101', name: '1# 储罐压力', kind: 'pressure', uom: 'MPa', high: 1.2, highHigh: 1.5 },
      { code: 'TT-101', name: '1# 储罐温度', kind: 'temperature', uom: '℃', high: 40, highHigh: 50 },
      gas,
    ];
  return [
    { code: 'PT-201', name: '反应器压力', kind: 'pressure', uom: 'MPa', high: 0.8, highHigh: 1.0 },
    { code: 'TT-201', name: '反应器温度', kind: 'temperature', uom: '℃', high: 120, highHigh: 135 },
    gas,
  ];
}

export async function seedDemoMonitoring(ctx: AppContext) {
  if (await anyPoint(ctx.db)) return;
  const units = await majorUnitsForDemo(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    for (const u of units)
      for (const p of demoPointsOf(u))
        await repo.insertPoint(trx, {
          id: crypto.randomUUID(),
          unit_id: u.id,
          enterprise_id: u.enterprise_id,
          division_code: u.division_code,
          sector: u.sector,
          code: p.code,
          name: p.name,
          kind: p.kind,
          uom: p.uom,
          high: p.high,
          high_high: p.highHigh,
          created_by: null,
        });
  });
}
