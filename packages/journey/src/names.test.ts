import { describe, expect, it } from 'vitest';
import { compileJourney } from './compile';
import { hasInvisibleCharacter } from './names';
import { happyGraph, testRegistry } from './test-node-types';

describe('names with invisible characters', () => {
  it('finds zero-width characters anywhere in a name, and nothing in an ordinary one', () => {
    for (const name of ['purchase\u200B', '\uFEFFpurchase', 'pur\u200Dchase', 'sign\u2060up', 'sign\u00ADup'])
      expect(hasInvisibleCharacter(name)).toBe(true);
    for (const name of ['purchase', '購買', 'signed up', 'ซื้อ', '👩‍💻'.replace('\u200D', '')])
      expect(hasInvisibleCharacter(name)).toBe(false);
  });

  it('refuses to compile exit and goal events with one, naming the setting', () => {
    const graph = {
      ...happyGraph(),
      settings: {
        exitOn: [{ event: 'purchase' }, { event: 'unsub\u200Bscribed' }],
        goal: { event: '\uFEFFpurchase' },
      },
    };
    const result = compileJourney(graph, testRegistry());
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ code: 'invalid_graph', path: 'settings.exitOn.1.event' }),
      expect.objectContaining({ code: 'invalid_graph', path: 'settings.goal.event' }),
    ]);
  });
});
