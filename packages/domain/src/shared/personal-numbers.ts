/**
 * Personal numbers as lists show them (SECURITY.md PI-02): a phone keeps its first 3 and last 4 digits
 * (`138****5678`), an 18-digit ID number (GB 11643) its 4-digit prefix and last 4 (`6405**********1234`).
 * Anything else keeps at most its first and last 2 characters. The plain number is shown only through an
 * audited reveal.
 */
export function maskPhone(phone: string): string {
  const p = normalizePersonalNumber(phone);
  if (/^1\d{10}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  return maskMiddle(p, 2, 4);
}

export function maskIdNumber(id: string): string {
  const p = normalizePersonalNumber(id).toUpperCase();
  if (/^\d{17}[\dX]$/.test(p)) return `${p.slice(0, 4)}${'*'.repeat(10)}${p.slice(14)}`;
  return maskMiddle(p, 2, 2);
}

/** The form in which a number is sealed and indexed: full-width digits folded, spaces and dashes dropped. */
export function normalizePersonalNumber(value: string): string {
  return value.normalize('NFKC').replace(/[\s\-()（）]/g, '');
}

function maskMiddle(s: string, head: number, tail: number) {
  if (s.length <= head + tail) return '*'.repeat(s.length);
  return `${s.slice(0, head)}${'*'.repeat(s.length - head - tail)}${s.slice(s.length - tail)}`;
}
