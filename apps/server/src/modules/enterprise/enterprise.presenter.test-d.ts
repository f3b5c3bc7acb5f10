import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import type { enterpriseChangeSchema, enterpriseDetailSchema, enterpriseSummarySchema } from '@anjian/domain';
import { presentChange, presentEnterprise, presentEnterpriseSummary } from './enterprise.presenter.ts';

// Checked by `tsc` in `npm run check`: what the presenters return is exactly the output of the schemas the
// routes validate with, so neither a hand-written DTO type nor a presenter can drift from them. The main
// guard is the web reading these same domain types: a field renamed, dropped or retyped breaks its build.
expectTypeOf(presentEnterpriseSummary).returns.toEqualTypeOf<z.output<typeof enterpriseSummarySchema>>();
expectTypeOf(presentEnterprise).returns.toEqualTypeOf<z.output<typeof enterpriseDetailSchema>>();
expectTypeOf(presentChange).returns.toEqualTypeOf<z.output<typeof enterpriseChangeSchema>>();
