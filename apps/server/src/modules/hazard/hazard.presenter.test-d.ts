import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import type { hazardDetailSchema, hazardSummarySchema } from '@anjian/domain';
import { presentHazard, presentHazardSummary } from './hazard.presenter.ts';

// Checked by `tsc` in `npm run check`: what the presenters return is exactly the output of the schemas the
// routes validate with, so neither a hand-written DTO type nor a presenter can drift from them. The main
// guard is the web reading these same domain types: a field renamed, dropped or retyped breaks its build.
expectTypeOf(presentHazardSummary).returns.toEqualTypeOf<z.output<typeof hazardSummarySchema>>();
expectTypeOf(presentHazard).returns.toEqualTypeOf<z.output<typeof hazardDetailSchema>>();
