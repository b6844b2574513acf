import { journeyGraphSchema } from '@wayfarer/journey';
import { describe, expect, it } from 'vitest';
import { journeyFile, readJourneyFile } from './journey-file';

const draft = journeyGraphSchema.parse({
  nodes: [{ id: 'start', type: 'core.trigger.event', data: { config: { event: 'joined', where: [] } } }],
});

describe('a journey as a file', () => {
  it('writes the documented format named after the journey, and reads it back', () => {
    const file = journeyFile({ name: '會員生日 / VIP', draft });
    expect(file.filename).toBe('會員生日 - VIP.journey.json');
    const read = readJourneyFile(file.text, file.filename);
    expect(read).toMatchObject({ ok: true, name: '會員生日 / VIP' });
    expect(read.ok && journeyGraphSchema.parse(read.graph)).toEqual({ ...draft, name: '會員生日 / VIP' });
  });

  it('carries the journey’s tags when it has some, and reads files without any', () => {
    const file = journeyFile({ name: 'Mid-Autumn', draft, tags: ['中秋', 'VIP'] });
    const read = readJourneyFile(file.text, file.filename);
    expect(read.ok && journeyGraphSchema.parse(read.graph).tags).toEqual(['中秋', 'VIP']);
    expect(JSON.parse(journeyFile({ name: 'Plain', draft, tags: [] }).text)).not.toHaveProperty('tags');
  });

  it('names a journey without a name after its file', () => {
    const text = JSON.stringify({ format: 'wayfarer.journey', nodes: [] });
    expect(readJourneyFile(text, 'Spring sale.journey.json')).toMatchObject({ ok: true, name: 'Spring sale' });
  });

  it('tells a file that is not JSON from JSON that is not a journey', () => {
    expect(readJourneyFile('name,email\nMei,mei@example.com', 'list.csv')).toEqual({ ok: false, problem: 'not_json' });
    expect(readJourneyFile('{"nodes": []}', 'graph.json')).toEqual({ ok: false, problem: 'not_journey' });
    expect(readJourneyFile('[1, 2]', 'numbers.json')).toEqual({ ok: false, problem: 'not_journey' });
  });
});
