import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { segmentRuleSchema, type SegmentRule } from '@wayfarer/segments';
import { useTRPC } from '../app/trpc';
import { useDebouncedValue } from '../journeys/use-debounced-value';

const PREVIEW_LIMIT = 20;
const DEBOUNCE_MS = 400;

/**
 * The live member count and first members of a rule being edited (`segments.preview` answers
 * both): asked once the rule has stopped changing, and only while it is complete — a half-typed
 * rule would only earn a validation error.
 */
export function useSegmentAudience(rule: SegmentRule) {
  const trpc = useTRPC();
  const settled = useDebouncedValue(rule, DEBOUNCE_MS);
  const parsed = useMemo(() => segmentRuleSchema.safeParse(settled), [settled]);
  const preview = useQuery({
    ...trpc.segments.preview.queryOptions({ rule: parsed.success ? parsed.data : settled, limit: PREVIEW_LIMIT }),
    enabled: parsed.success,
    placeholderData: keepPreviousData,
  });
  return { complete: parsed.success, settling: settled !== rule, preview };
}
