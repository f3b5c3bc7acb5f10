import dayjs, { type Dayjs } from 'dayjs';
import {
  type CreateEnterpriseInput,
  type SectorCode,
  type SizeClass,
  type StandardizationLevel,
  enterpriseOwnedFields,
} from '@anjian/domain';
import type { Enterprise } from '../../enterprise.api.ts';

/** The form's values: dates as Dayjs, blanks as undefined; converted to the API input on submit. */
export interface EnterpriseFormValues {
  creditCode?: string;
  name?: string;
  divisionCode?: string | null;
  address?: string;
  longitude?: number | null;
  latitude?: number | null;
  sector?: SectorCode;
  secondarySectors?: SectorCode[];
  industryCode?: string;
  sizeClass?: SizeClass | null;
  employees?: number | null;
  principal?: string;
  safetyManager?: string;
  registeredSafetyEngineers?: number | null;
  standardizationLevel?: StandardizationLevel;
  licences?: { kind?: string; number?: string; issuer?: string; expiresOn?: Dayjs | null }[];
  hasInsurance?: boolean;
  liabilityInsurance?: {
    insurer?: string;
    policyNo?: string;
    expiresOn?: Dayjs | null;
    insuredAmount?: number | null;
  };
  safetyCosts?: { year?: number; extracted?: number; used?: number }[];
  highRiskProcesses?: string[];
}

const day = (v: string | null | undefined) => (v ? dayjs(v) : null);
const iso = (v: Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);
const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
const num = (v: number | null | undefined) => (typeof v === 'number' ? v : null);

export function toFormValues(e: Enterprise): EnterpriseFormValues {
  return {
    creditCode: e.creditCode,
    name: e.name,
    divisionCode: e.divisionCode,
    address: e.address ?? undefined,
    longitude: e.longitude,
    latitude: e.latitude,
    sector: e.sector as SectorCode,
    secondarySectors: e.secondarySectors as SectorCode[],
    industryCode: e.industryCode ?? undefined,
    sizeClass: e.sizeClass as SizeClass | null,
    employees: e.employees,
    principal: e.principal ?? undefined,
    safetyManager: e.safetyManager ?? undefined,
    registeredSafetyEngineers: e.registeredSafetyEngineers,
    standardizationLevel: e.standardizationLevel as StandardizationLevel,
    licences: e.licences.map((l) => ({
      kind: l.kind,
      number: l.number,
      issuer: l.issuer ?? undefined,
      expiresOn: day(l.expiresOn),
    })),
    hasInsurance: Boolean(e.liabilityInsurance),
    liabilityInsurance: e.liabilityInsurance
      ? { ...e.liabilityInsurance, expiresOn: day(e.liabilityInsurance.expiresOn) }
      : undefined,
    safetyCosts: e.safetyCosts,
    highRiskProcesses: e.highRiskProcesses,
  };
}

/** The API input (every field; the update sends the same and the server diffs). */
export function toInput(v: EnterpriseFormValues): Record<string, unknown> {
  const ins = v.liabilityInsurance;
  const out: Record<string, unknown> = {
    creditCode: v.creditCode?.trim() ?? '',
    name: v.name?.trim() ?? '',
    divisionCode: v.divisionCode ?? undefined,
    address: blank(v.address),
    longitude: num(v.longitude),
    latitude: num(v.latitude),
    sector: v.sector,
    secondarySectors: v.secondarySectors ?? [],
    industryCode: blank(v.industryCode),
    sizeClass: v.sizeClass ?? null,
    employees: num(v.employees),
    principal: blank(v.principal),
    safetyManager: blank(v.safetyManager),
    registeredSafetyEngineers: num(v.registeredSafetyEngineers) ?? undefined,
    standardizationLevel: v.standardizationLevel,
    licences: (v.licences ?? []).map((l) => ({
      kind: l.kind?.trim() ?? '',
      number: l.number?.trim() ?? '',
      issuer: blank(l.issuer),
      expiresOn: iso(l.expiresOn),
    })),
    liabilityInsurance:
      v.hasInsurance && ins
        ? {
            insurer: ins.insurer?.trim() ?? '',
            policyNo: ins.policyNo?.trim() ?? '',
            expiresOn: iso(ins.expiresOn) ?? '',
            insuredAmount: num(ins.insuredAmount),
          }
        : null,
    safetyCosts: (v.safetyCosts ?? []).map((c) => ({
      year: c.year,
      extracted: c.extracted ?? 0,
      used: c.used ?? 0,
    })),
    highRiskProcesses: (v.highRiskProcesses ?? []).map((p) => p.trim()).filter(Boolean),
  };
  return Object.fromEntries(Object.entries(out).filter(([, x]) => x !== undefined));
}

const owned = new Set<string>(enterpriseOwnedFields);
/** An enterprise account sends only the fields it owns. */
export const ownedOnly = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).filter(([k]) => owned.has(k)));
export const isOwnedField = (name: string) => owned.has(name);

export type CreateInput = CreateEnterpriseInput;

/** JSON with object keys sorted, so that key order never counts as a change. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );
}

/**
 * An edit sends only the fields whose value really changed (compared with the record as loaded), so the
 * change log regulators read lists what the user changed and nothing else.
 */
export function changedOnly(input: Record<string, unknown>, before: Enterprise): Record<string, unknown> {
  const original = toInput(toFormValues(before));
  return Object.fromEntries(
    Object.entries(input).filter(([k, v]) => canonical(v) !== canonical(original[k] ?? null)),
  );
}
