/**
 * Administrative divisions by GB/T 2260 (county and above, 6 digits) and the statistics bureau's
 * township (9 digits) and village (12 digits) codes. The code itself encodes the tree, so a subtree is a
 * code prefix: that is how data scope is filtered and how rows would be distributed across shards.
 */
export const divisionLevels = ['province', 'city', 'county', 'township', 'village'] as const;
export type DivisionLevel = (typeof divisionLevels)[number];

export const divisionLevelNames: Record<DivisionLevel, string> = {
  province: '省',
  city: '市',
  county: '区县',
  township: '乡镇',
  village: '村',
};

/** Level of a division code from its shape alone. Returns null for a malformed code. */
export function divisionLevelOf(code: string): DivisionLevel | null {
  if (/^\d{12}$/.test(code)) return 'village';
  if (/^\d{9}$/.test(code)) return 'township';
  if (!/^\d{6}$/.test(code)) return null;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The prefix every code in this division's subtree starts with (640500 → "6405", 640502 → "640502"). */
export function subtreePrefix(code: string): string {
  switch (divisionLevelOf(code)) {
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    case 'county':
    case 'township':
    case 'village':
      return code;
    case null:
      throw new Error(`not a division code: ${code}`);
  }
}

/** True when `code` lies in the subtree rooted at `root` (a division is inside its own subtree). */
export function isWithinDivision(code: string, root: string): boolean {
  return divisionLevelOf(code) !== null && code.startsWith(subtreePrefix(root));
}

/** The county (6-digit GB/T 2260) a township or village code belongs to; the code itself above that. */
export function countyOf(code: string): string {
  return code.length > 6 ? code.slice(0, 6) : code;
}
