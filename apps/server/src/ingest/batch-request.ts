// Reading request bodies into Segment calls. A batch is read item by item: one bad call is
// reported with its index and refuses nothing else, as Segment's own API does.
import { z } from 'zod';
import {
  segmentCallSchema,
  toRequestIssues,
  type RequestIssue,
  type SegmentCall,
  type SegmentCallType,
} from './ingest.schemas';

/** Segment's limit for one call (its JSON), also the body limit of the single-call endpoints. */
export const MAX_CALL_BYTES = 32 * 1024;

/** A batch item: the call it holds, or why it was refused. */
export type BatchItem = { index: number; call: SegmentCall } | { index: number; issues: RequestIssue[] };

const envelopeSchema = z.looseObject({
  batch: z.array(z.unknown(), { error: 'batch must be a list of calls' }).min(1, 'batch must hold at least one call'),
  /** Segment applies a batch's own context to every call in it. */
  context: z.record(z.string(), z.unknown()).optional(),
});

function parseCall(value: unknown, prefix: (string | number)[], type?: SegmentCallType) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { issues: [{ path: prefix.join('.'), message: 'a call must be a JSON object' }] };
  }
  const parsed = segmentCallSchema.safeParse(type === undefined ? value : { ...value, type });
  return parsed.success ? { call: parsed.data } : { issues: toRequestIssues(parsed.error, prefix) };
}

/** The body of `/v1/<type>`: one call of that type. */
export function parseSingleCall(
  type: SegmentCallType,
  body: unknown,
): { call: SegmentCall } | { issues: RequestIssue[] } {
  return parseCall(body, [], type);
}

/** The body of `/v1/batch`: the envelope's problems, or every item read on its own. */
export function parseBatch(body: unknown): { issues: RequestIssue[] } | { items: BatchItem[] } {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { issues: toRequestIssues(envelope.error) };
  const shared = envelope.data.context;
  const items = envelope.data.batch.map((item, index): BatchItem => {
    const prefix = ['batch', index];
    if (Buffer.byteLength(JSON.stringify(item) ?? '') > MAX_CALL_BYTES) {
      return {
        index,
        issues: [{ path: prefix.join('.'), message: `a call may be at most ${MAX_CALL_BYTES / 1024} KB` }],
      };
    }
    const withContext =
      shared !== undefined && typeof item === 'object' && item !== null && !Array.isArray(item)
        ? { ...item, context: { ...shared, ...(item as { context?: object }).context } }
        : item;
    return { index, ...parseCall(withContext, prefix) };
  });
  return { items };
}
