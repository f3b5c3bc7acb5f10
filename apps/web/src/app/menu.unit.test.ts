import { describe, expect, it } from 'vitest';
import { hasPermission, roles } from '@anjian/domain';
import { firstPage, menu, visibleMenu, type MenuEntry } from './menu.tsx';
import { routeTable } from './routes.ts';

/** The navigation as it was written by hand before it was derived from the modules' routes. */
const expected = [
  ['/workbench', 'menu.workbench', undefined],
  ['/my-enterprise', 'menu.myEnterprise', 'enterprise.self'],
  [
    '/org',
    'menu.org',
    [
      ['/org/divisions', 'menu.divisions', 'org.read'],
      ['/org/departments', 'menu.departments', 'org.read'],
    ],
  ],
  [
    '/registry',
    'menu.registry',
    [
      ['/enterprises', 'menu.enterprises', 'enterprise.read'],
      ['/enterprise-map', 'menu.enterpriseMap', 'enterprise.read'],
      ['/grid', 'menu.grid', 'grid.read'],
      ['/agencies', 'menu.agencies', 'agency.read'],
    ],
  ],
  [
    '/safety',
    'menu.safety',
    [
      ['/dashboard', 'menu.dashboard', 'indicator.read'],
      ['/accidents', 'menu.accidents', 'accident.read'],
      ['/indicators', 'menu.indicators', 'indicator.read'],
      ['/plans', 'menu.plans', 'indicator.read'],
      ['/denominators', 'menu.denominators', 'indicator.read'],
      ['/major-hazard/units', 'menu.majorHazardUnits', 'majorhazard.read'],
      ['/major-hazard/map', 'menu.majorHazardMap', 'majorhazard.read'],
      ['/major-hazard/standard', 'menu.majorHazardStandard', 'majorhazard.read'],
      ['/monitoring', 'menu.monitoring', 'monitoring.read'],
      ['/enforcement/cases', 'menu.enforcementCases', 'enforcement.read'],
      ['/enforcement/plans', 'menu.enforcementPlans', 'enforcement.write'],
      ['/inspections', 'menu.inspections', 'enforcement.read'],
    ],
  ],
  [
    '/system',
    'menu.system',
    [
      ['/users', 'menu.users', 'user.read'],
      ['/roles', 'menu.roles', 'role.read'],
      ['/security', 'menu.security', 'security.policy'],
      ['/security-alerts', 'menu.securityAlerts', 'security.policy'],
      ['/notification-channel', 'menu.notificationChannel', 'notification.channel'],
      ['/system/major-hazard-standard', 'menu.majorHazardStandardAdmin', 'reference.write'],
      ['/system/major-hazard-duty-cycles', 'menu.majorHazardDutyCyclesAdmin', 'reference.write'],
    ],
  ],
  [
    '/dual',
    'menu.dual',
    [
      ['/hazards', 'menu.hazards', 'hazard.read'],
      ['/hazards/report', 'menu.hazardReport', 'hazard.report'],
      ['/hazards/rectify', 'menu.hazardRectify', 'hazard.rectify'],
      ['/hazards/stats', 'menu.hazardStats', 'hazard.read'],
      ['/hazards/flags', 'menu.hazardFlags', 'hazard.assess'],
      ['/risk/model', 'menu.riskModel', 'risk.read'],
      ['/risk/map', 'menu.riskMap', 'risk.read'],
      ['/self-inspection', 'menu.selfInspection', 'risk.read'],
      ['/risk/calculator', 'menu.riskCalc', 'risk.read'],
      ['/notifications', 'menu.notifications', 'hazard.read'],
    ],
  ],
  ['/audit', 'menu.audit', 'audit.read'],
  ['/account', 'menu.account', undefined],
];

type Shape = [string, string, string | undefined | Shape[]];
const shape = (entries: MenuEntry[]): Shape[] =>
  entries.map((e) => [e.path, e.label, e.children ? shape(e.children) : e.permission]);

describe('the route table', () => {
  it('has each path once', () => {
    const paths = routeTable.map((r) => r.path);
    expect(paths.length).toBeGreaterThan(30);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('keeps the public pages and every address of the shell', () => {
    expect(routeTable.filter((r) => r.permission === 'public').map((r) => r.path)).toEqual([
      '/login',
      '/public/risk-units/:id',
      '/public/major-hazard-calculator',
      '/verify/:id',
    ]);
    for (const path of ['/accidents/:id', '/enterprises/:id', '/agencies/:id', '/hazards/:id'])
      expect(routeTable.map((r) => r.path)).toContain(path);
    expect(routeTable.find((r) => r.path === '/self-inspection/tasks/:id')?.permission).toBe('risk.read');
  });

  it('derives the same menu, in the same order, with the same permissions', () => {
    expect(shape(menu)).toEqual(expected);
  });

  it('gives each role its first page and no empty folder', () => {
    for (const role of roles) {
      const visible = visibleMenu((p) => hasPermission(role.code, p));
      expect(
        visible.every((e) => !e.children || e.children.length > 0),
        role.code,
      ).toBe(true);
      expect(firstPage(visible), role.code).toMatch(/^\/[a-z]/);
    }
  });
});
