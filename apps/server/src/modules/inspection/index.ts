import type { ModuleManifest } from '../../platform/module.ts';
import { seedInspectionDocumentKinds } from './inspection-documents.ts';
import { registerInspectionRoutes } from './inspection.routes.ts';

/** 现场检查: inspections on a phone whose findings enter the hazard loop with source 执法检查. */
export const inspectionModule: ModuleManifest = {
  name: 'inspection',
  registerRoutes: registerInspectionRoutes,
  seedReference: (ctx) => seedInspectionDocumentKinds(ctx.db),
};
