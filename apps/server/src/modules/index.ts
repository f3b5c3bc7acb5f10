import type { ModuleManifest } from '../platform/module.ts';
import { accidentModule } from './accident/index.ts';
import { agencyModule } from './agency/index.ts';
import { auditModule } from './audit/index.ts';
import { authModule } from './auth/index.ts';
import { calendarModule } from './calendar/index.ts';
import { denominatorModule } from './denominator/index.ts';
import { enforcementModule } from './enforcement/index.ts';
import { enterpriseModule } from './enterprise/index.ts';
import { hazardModule } from './hazard/index.ts';
import { inspectionModule } from './inspection/index.ts';
import { indicatorModule } from './indicator/index.ts';
import { majorHazardModule } from './major-hazard/index.ts';
import { monitoringModule } from './monitoring/index.ts';
import { notificationModule } from './notification/index.ts';
import { orgModule } from './org/index.ts';
import { planModule } from './plan/index.ts';
import { riskModule } from './risk/index.ts';
import { rolesModule } from './roles/index.ts';
import { securityModule } from './security/index.ts';
import { selfInspectionModule } from './self-inspection/index.ts';
import { systemModule } from './system/index.ts';
import { usersModule } from './users/index.ts';

/**
 * Every module of the application, in the order their demo data is seeded (what a module's demo needs
 * comes before it: enterprises before hazards, accidents before plans). Adding a module adds one line.
 */
export const modules: readonly ModuleManifest[] = [
  systemModule,
  authModule,
  usersModule,
  rolesModule,
  securityModule,
  orgModule,
  auditModule,
  calendarModule,
  enterpriseModule,
  agencyModule,
  accidentModule,
  indicatorModule,
  denominatorModule,
  planModule,
  hazardModule,
  riskModule,
  selfInspectionModule,
  majorHazardModule,
  enforcementModule,
  inspectionModule,
  monitoringModule,
  notificationModule,
];
