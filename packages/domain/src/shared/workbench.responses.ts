import { z } from 'zod';

/** GET /api/workbench: the signed-in user's to-dos, from every module's manifest `todos` (issue 11). */
export const workbenchSchema = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      link: z.string().describe('网页路径（含筛选条件），打开的列表与计数一致'),
      count: z.number().nullable().describe('null: 操作入口，没有计数'),
      detail: z.string().nullable(),
    }),
  ),
});
export type WorkbenchDto = z.infer<typeof workbenchSchema>;
