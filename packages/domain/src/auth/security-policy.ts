import { z } from 'zod';
import { type PasswordPolicy, defaultPasswordPolicy } from './password-policy.ts';

/** Security policy the security admin edits (SECURITY.md AUTH-01, AUTH-02, AC-05). */
export interface SecurityPolicy {
  password: PasswordPolicy;
  /** Consecutive failures that lock an account. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Idle time after which a session ends. */
  idleMinutes: number;
  /** Absolute session lifetime. */
  absoluteHours: number;
  /** Accounts unused for this many days are disabled (AC-03); 0 = never. */
  dormantDays: number;
}

export const defaultSecurityPolicy: SecurityPolicy = {
  password: defaultPasswordPolicy,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  idleMinutes: 30,
  absoluteHours: 12,
  dormantDays: 90,
};

export const securityPolicySchema = z
  .object({
    password: z
      .object({
        minLength: z.number().int().min(8).max(64),
        maxLength: z.number().int().min(64).max(256),
        minClasses: z.number().int().min(3).max(4),
        historyCount: z.number().int().min(0).max(24),
        expiryDays: z.number().int().min(0).max(365),
      })
      .strict(),
    lockoutThreshold: z.number().int().min(3).max(10),
    lockoutMinutes: z.number().int().min(1).max(1440),
    idleMinutes: z.number().int().min(5).max(120),
    absoluteHours: z.number().int().min(1).max(24),
    dormantDays: z.number().int().min(0).max(3650),
  })
  .strict();
