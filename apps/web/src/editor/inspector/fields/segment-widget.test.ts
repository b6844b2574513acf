import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildFieldModel } from '../model/schema-to-model';

describe('the segment widget', () => {
  it('turns a string field named by `widgets: { segmentId: "segment" }` into a segment picker', () => {
    const config = z.object({ segmentId: z.string().min(1), note: z.string().optional() });
    const model = buildFieldModel(config, { locale: 'en', widgets: { segmentId: 'segment' } });
    if (model.kind !== 'object') throw new Error('expected an object form');
    const [segment, note] = model.fields;
    expect(segment).toMatchObject({ key: 'segmentId', kind: 'string', format: 'segment', required: true });
    expect(note).toMatchObject({ key: 'note', kind: 'string', format: 'text' });
  });
});
