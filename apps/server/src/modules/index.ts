import type { TypedApp } from '../platform/http/typed-app.ts';
import type { AppContext } from '../platform/app-context.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { registerEnterpriseRoutes } from './enterprise/enterprise.routes.ts';
import { registerAgencyRoutes } from './agency/agency.routes.ts';
import { registerOrgRoutes } from './org/org.routes.ts';
import { registerRoleRoutes } from './roles/role.routes.ts';
import { registerSecurityRoutes } from './security/security.routes.ts';
import { registerSystemRoutes } from './system/system.routes.ts';
import { registerUserRoutes } from './users/user.routes.ts';
import { registerAccidentRoutes } from './accident/accident.routes.ts';
import { registerDenominatorRoutes } from './denominator/denominator.routes.ts';
import { registerIndicatorRoutes } from './indicator/indicator.routes.ts';
import { registerPlanRoutes } from './plan/plan.routes.ts';
import { registerHazardRoutes } from './hazard/hazard.routes.ts';
import { registerHazardOriginRoute } from './hazard/hazard-origin.ts';
import { registerNotificationRoutes } from './notification/notification.routes.ts';
import { registerRiskRoutes } from './risk/risk.routes.ts';
import { registerRiskModelRoutes } from './risk/risk-model.routes.ts';
import { registerRiskModelEditRoutes } from './risk/risk-model-edit.routes.ts';
import { registerSelfInspectionRoutes } from './self-inspection/self-inspection.routes.ts';

/** Every module registers its routes here, under /api. */
export async function registerModules(app: TypedApp, ctx: AppContext): Promise<void> {
  registerSystemRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerRoleRoutes(app, ctx);
  registerSecurityRoutes(app, ctx);
  registerOrgRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  await registerEnterpriseRoutes(app, ctx);
  registerAgencyRoutes(app, ctx);
  registerAccidentRoutes(app, ctx);
  registerIndicatorRoutes(app, ctx);
  registerPlanRoutes(app, ctx);
  await registerDenominatorRoutes(app, ctx);
  await registerHazardRoutes(app, ctx);
  registerHazardOriginRoute(app, ctx);
  registerRiskRoutes(app);
  registerRiskModelRoutes(app, ctx);
  registerRiskModelEditRoutes(app, ctx);
  registerSelfInspectionRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
}
