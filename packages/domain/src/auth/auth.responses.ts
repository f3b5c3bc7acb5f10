import { z } from 'zod';

/** The signed-in user, its permissions and the CSRF token (GET /api/auth/me, and the login answers). */
export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.string().nullable(),
    roleName: z.string().nullable(),
    divisionCode: z.string().nullable(),
    divisionName: z.string().nullable(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    enterpriseId: z.string().nullable(),
    totpEnabled: z.boolean(),
  }),
  permissions: z.array(z.string()),
  stage: z.enum(['mfa', 'full']),
  mustChangePassword: z.boolean(),
  mfaEnrollRequired: z.boolean(),
  csrfToken: z.string().describe('写操作请求头 X-CSRF-Token 的值'),
  demo: z.boolean(),
});
export type MeDto = z.infer<typeof meSchema>;

/** The start of TOTP enrolment: the secret, its otpauth:// URI and the same as a QR image. */
export const totpSetupSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrDataUrl: z.string(),
});
export type TotpSetupDto = z.infer<typeof totpSetupSchema>;

/** One-time recovery codes, shown once when TOTP is switched on. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** What the login page may know before anyone signs in (GET /api/system/login-options). */
export const loginOptionsSchema = z.object({ demo: z.boolean() });
export type LoginOptionsDto = z.infer<typeof loginOptionsSchema>;

/** The IP-03 detectors' kinds of 安全告警. */
export const securityAlertKinds = ['brute_force', 'authorization_failures', 'audit_chain_broken'] as const;
export type SecurityAlertKind = (typeof securityAlertKinds)[number];

/** GET /api/security/alerts (and the answer to acknowledging one): newest first, with the open count. */
export const securityAlertsSchema = z.object({
  open: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(securityAlertKinds),
      subject: z.string(),
      windowStart: z.string(),
      count: z.number(),
      detail: z.string(),
      createdAt: z.string(),
      acknowledgedAt: z.string().nullable(),
      acknowledgedBy: z.string().nullable(),
    }),
  ),
});
export type SecurityAlertsDto = z.infer<typeof securityAlertsSchema>;
export type SecurityAlertDto = SecurityAlertsDto['items'][number];
