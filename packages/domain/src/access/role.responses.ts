import { z } from 'zod';

/** A role of PRODUCT.md §1 as the security admin sees it: permissions, MFA switch, how many hold it. */
export const roleSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  admin: z.boolean(),
  government: z.boolean(),
  scope: z.string(),
  permissions: z.array(z.string()),
  mfaRequired: z.boolean(),
  userCount: z.number(),
});
export type RoleDto = z.infer<typeof roleSchema>;
