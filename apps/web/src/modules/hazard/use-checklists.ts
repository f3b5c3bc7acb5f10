import { useQuery } from '@tanstack/react-query';
import { type Checklist, hazardApi } from './hazard.api.ts';

/**
 * The 排查清单 (GET /api/risk/checklists) for pickers: hazard reporting, risk-control check tasks and
 * self-inspection plans. Empty while loading or when they cannot be read (the picker stays usable).
 */
export function useChecklists(): Checklist[] {
  return (
    useQuery({ queryKey: ['hazard', 'checklists'], queryFn: hazardApi.checklists, meta: { quiet: true } })
      .data ?? []
  );
}
