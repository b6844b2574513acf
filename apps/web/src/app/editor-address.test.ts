import { describe, expect, it } from 'vitest';
import { editorAddress } from './editor-address';

describe('editorAddress', () => {
  it('finds the journey of a draft and of a version address', () => {
    expect(editorAddress('/journeys/j1')).toEqual({ journeyId: 'j1' });
    expect(editorAddress('/journeys/j1/')).toEqual({ journeyId: 'j1' });
    expect(editorAddress('/journeys/j1/versions/v2')).toEqual({ journeyId: 'j1', versionId: 'v2' });
  });

  it('ignores the other pages, journey pages that are not the editor included', () => {
    for (const path of ['/', '/journeys', '/journeys/j1/insights', '/journeys/j1/experiments', '/segments/s1']) {
      expect(editorAddress(path)).toBeUndefined();
    }
  });
});
