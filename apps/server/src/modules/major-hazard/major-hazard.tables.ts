import { type MajorHazardTables, parseGb18218Json } from '@anjian/domain';
import gb18218 from '../../../../../reference/standards/gb18218-2018.json' with { type: 'json' };

let cached: MajorHazardTables | undefined;

/** GB 18218-2018 Tables 1–6 from reference/standards (parsed once; the version goes with every result). */
export function majorHazardTables(): MajorHazardTables {
  cached ??= parseGb18218Json(gb18218);
  return cached;
}
