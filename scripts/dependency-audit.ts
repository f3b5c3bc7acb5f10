// IP-02 (SECURITY.md): `npm audit` as a CI gate. A high or critical advisory fails the run unless the
// allow-list (security/audit-allowlist.json) names it with a reason and a date it must be looked at
// again. `npm run audit:deps`; `.ci/run` calls it after `npm ci`.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface AllowEntry {
  /** The advisory: a GHSA id or its URL as npm audit prints it. */
  advisory: string;
  reason: string;
  /** YYYY-MM-DD: after it the entry no longer excuses the advisory. */
  reviewBy: string;
}

interface Via {
  source?: number;
  url?: string;
  title?: string;
  severity?: string;
}
/** The parts of `npm audit --json` (npm 7+) the gate reads. */
export interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: (Via | string)[] }>;
  error?: { code?: string; summary?: string };
  message?: string;
}

export type Verdict =
  | { kind: 'unreachable'; why: string }
  | {
      kind: 'audited';
      failing: { pkg: string; advisory: string; severity: string; title: string }[];
      allowed: string[];
      expired: string[];
    };

const blocking = new Set(['high', 'critical']);
const idOf = (v: Via) => v.url?.match(/GHSA-[\w-]+/)?.[0] ?? v.url ?? String(v.source);

/** Pure: which advisories fail the gate, given the report, the allow-list and today's date. */
export function judge(report: AuditReport, allow: AllowEntry[], today: string): Verdict {
  if (!report.vulnerabilities)
    return {
      kind: 'unreachable',
      why: report.error?.summary || report.message || report.error?.code || 'no vulnerabilities section',
    };
  const live = new Map(allow.filter((a) => a.reviewBy >= today).map((a) => [a.advisory, a]));
  const expired = allow.filter((a) => a.reviewBy < today).map((a) => a.advisory);
  const failing: { pkg: string; advisory: string; severity: string; title: string }[] = [];
  const allowed = new Set<string>();
  for (const [pkg, vuln] of Object.entries(report.vulnerabilities)) {
    // A string in `via` is a dependency that carries someone else's advisory: judged where it is reported.
    for (const via of vuln.via) {
      if (typeof via === 'string' || !blocking.has(via.severity ?? vuln.severity)) continue;
      const advisory = idOf(via);
      if (live.has(advisory) || (via.url && live.has(via.url))) allowed.add(advisory);
      else failing.push({ pkg, advisory, severity: via.severity ?? vuln.severity, title: via.title ?? '' });
    }
  }
  return { kind: 'audited', failing, allowed: [...allowed], expired };
}

function npmAudit(): Promise<AuditReport> {
  return new Promise((resolve) =>
    execFile('npm', ['audit', '--json'], { maxBuffer: 64 * 1024 * 1024 }, (_err, stdout) => {
      try {
        resolve(JSON.parse(stdout) as AuditReport);
      } catch {
        resolve({ message: 'npm audit printed no JSON' });
      }
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const allow = JSON.parse(
    fs.readFileSync(new URL('../security/audit-allowlist.json', import.meta.url), 'utf8'),
  ) as AllowEntry[];
  const verdict = judge(await npmAudit(), allow, new Date().toISOString().slice(0, 10));
  if (verdict.kind === 'unreachable') {
    // The registry of these machines answers the bulk advisory endpoint with 405: say so loudly rather
    // than pass silently; ANJIAN_AUDIT_STRICT=1 (an installation with registry access) makes it fail.
    console.warn(
      `\n!!! IP-02: dependencies NOT audited — the advisory service did not answer (${verdict.why}).\n`,
    );
    process.exit(process.env.ANJIAN_AUDIT_STRICT === '1' ? 1 : 0);
  }
  for (const a of verdict.expired) console.warn(`IP-02: allow-list entry ${a} is past its review date`);
  for (const f of verdict.failing)
    console.error(`IP-02: ${f.severity} ${f.advisory} in ${f.pkg}: ${f.title}`);
  console.log(
    `IP-02: ${verdict.failing.length} high/critical advisories not allowed, ${verdict.allowed.length} allowed`,
  );
  process.exit(verdict.failing.length > 0 ? 1 : 0);
}
