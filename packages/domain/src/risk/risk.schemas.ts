import { z } from 'zod';
import { dangerClasses, riskLevels } from './lec.ts';

/** Scores are checked against the standard tables by the service (a value outside them is a 400). */
export const lecCalcBody = z.object({ L: z.number(), E: z.number(), C: z.number() }).strict();
export type LecCalcInput = z.infer<typeof lecCalcBody>;

export const lsCalcBody = z.object({ L: z.number(), S: z.number() }).strict();
export type LsCalcInput = z.infer<typeof lsCalcBody>;

const color = z.enum(['red', 'orange', 'yellow', 'blue']);
export const lecResultSchema = z.object({
  D: z.number(),
  dangerClass: z.enum(dangerClasses),
  level: z.enum(riskLevels),
  color,
});
export const lsResultSchema = z.object({ R: z.number(), level: z.enum(riskLevels), color });
