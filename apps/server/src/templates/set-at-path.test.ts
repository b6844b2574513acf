import { describe, expect, it } from 'vitest';
import { setAtPath } from './set-at-path';

describe('setAtPath', () => {
  it('replaces a field, in arrays too, without touching the original', () => {
    const config = { match: 'all', conditions: [{ subject: 'tier', tier: 'vip' }, { subject: 'tag' }] };
    const changed = setAtPath(config, 'conditions.0.tier', 'gold');
    expect(changed).toEqual({ match: 'all', conditions: [{ subject: 'tier', tier: 'gold' }, { subject: 'tag' }] });
    expect(config.conditions[0]?.tier).toBe('vip');
    expect(setAtPath({ badgeKey: 'a' }, 'badgeKey', 'b')).toEqual({ badgeKey: 'b' });
  });

  it('changes nothing where the path leads nowhere', () => {
    expect(setAtPath({ list: [1] }, 'list.3', 9)).toEqual({ list: [1] });
    expect(setAtPath({ a: 1 }, 'a.b', 2)).toEqual({ a: 1 });
  });
});
