import * as accident from '../modules/accident/index.ts';
import * as account from '../modules/account/index.ts';
import * as agency from '../modules/agency/index.ts';
import * as audit from '../modules/audit/index.ts';
import * as auth from '../modules/auth/index.ts';
import * as dashboard from '../modules/dashboard/index.ts';
import * as documents from '../modules/documents/index.ts';
import * as workbench from '../modules/workbench/index.ts';
import * as enforcement from '../modules/enforcement/index.ts';
import * as enterprise from '../modules/enterprise/index.ts';
import * as grid from '../modules/grid/index.ts';
import * as hazard from '../modules/hazard/index.ts';
import * as indicator from '../modules/indicator/index.ts';
import * as inspection from '../modules/inspection/index.ts';
import * as majorHazard from '../modules/major-hazard/index.ts';
import * as monitoring from '../modules/monitoring/index.ts';
import * as org from '../modules/org/index.ts';
import * as plan from '../modules/plan/index.ts';
import * as risk from '../modules/risk/index.ts';
import * as roles from '../modules/roles/index.ts';
import * as security from '../modules/security/index.ts';
import * as selfInspection from '../modules/self-inspection/index.ts';
import * as users from '../modules/users/index.ts';
import type { PageRoute } from './page-route.ts';

/** Every web module, by its face (index.ts). A new module adds one line here. */
const modules = [
  auth,
  account,
  org,
  users,
  roles,
  security,
  audit,
  enterprise,
  grid,
  agency,
  dashboard,
  accident,
  workbench,
  indicator,
  plan,
  hazard,
  risk,
  selfInspection,
  majorHazard,
  enforcement,
  inspection,
  documents,
  monitoring,
];

/** The one route table: the router and the menu are both derived from it. */
export const routeTable: readonly PageRoute[] = modules.flatMap((m) => m.routes);
