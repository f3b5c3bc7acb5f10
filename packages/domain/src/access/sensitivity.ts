import { z } from 'zod';

/**
 * SECURITY.md AC-07: a record carries a sensitivity label and an account a clearance; a record above the
 * account's clearance is not there for it (left out of lists, 404 on detail). Ordered low → high.
 */
export const sensitivityLevels = ['public', 'internal', 'sensitive'] as const;
export type Sensitivity = (typeof sensitivityLevels)[number];

export const sensitivityNames: Record<Sensitivity, string> = {
  public: '公开',
  internal: '内部',
  sensitive: '敏感',
};

/** Every account and every record starts here (decision 0015). */
export const defaultSensitivity: Sensitivity = 'internal';

const rank = (s: Sensitivity) => sensitivityLevels.indexOf(s);

/** The labels an account of this clearance may read, low → high. */
export function labelsWithin(clearance: Sensitivity): Sensitivity[] {
  return sensitivityLevels.filter((s) => rank(s) <= rank(clearance));
}

export const mayRead = (clearance: Sensitivity, label: Sensitivity) => rank(label) <= rank(clearance);

export const sensitivitySchema = z.enum(
  sensitivityLevels,
  '密级应为 public（公开）、internal（内部）或 sensitive（敏感）',
);
export const clearanceBody = z.object({ clearance: sensitivitySchema }).strict();
export const sensitivityBody = z.object({ sensitivity: sensitivitySchema }).strict();
