import type { ModuleManifest } from '../../platform/module.ts';
import { registerCalendarRoutes } from './calendar.routes.ts';
import { seedShippedYears } from './calendar.service.ts';

/** 工作日历: the State Council's holiday schedule as data, and the deadline calculator every clock uses. */
export const calendarModule: ModuleManifest = {
  name: 'calendar',
  registerRoutes: registerCalendarRoutes,
  seedReference: seedShippedYears,
};

/** For the clocks of other modules (enforcement, permits …): the calendar in force, cached. */
export { workingCalendar } from './calendar.service.ts';
