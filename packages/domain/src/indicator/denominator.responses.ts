import { z } from 'zod';

/** One yearly denominator of a division (GDP, employees, vehicles …) with its unit and source. */
export const denominatorSchema = z.object({
  divisionCode: z.string(),
  divisionName: z.string(),
  year: z.number(),
  kind: z.string(),
  kindName: z.string(),
  unit: z.string(),
  value: z.number(),
  source: z.string().nullable(),
  updatedAt: z.string(),
});
export type DenominatorDto = z.infer<typeof denominatorSchema>;
