import { describe, expect, it } from 'vitest';
import { shareLinkTarget, shareLinkUrl } from './share-link';

describe('share links', () => {
  it('sit under the public address, with or without a path or a trailing slash', () => {
    expect(shareLinkUrl('https://crm.brand.tw', 'Ab3dEf7hJk')).toBe('https://crm.brand.tw/r/Ab3dEf7hJk');
    expect(shareLinkUrl('https://brand.tw/wayfarer/', 'Ab3dEf7hJk')).toBe('https://brand.tw/wayfarer/r/Ab3dEf7hJk');
  });

  it('lead to the landing page with the code, keeping its own query', () => {
    expect(shareLinkTarget('https://brand.tw/join?utm_source=line', 'Ab3dEf7hJk')).toBe(
      'https://brand.tw/join?utm_source=line&ref=Ab3dEf7hJk',
    );
    expect(shareLinkTarget('https://brand.tw/join?ref=someone-else', 'Ab3dEf7hJk')).toBe(
      'https://brand.tw/join?ref=Ab3dEf7hJk',
    );
  });
});
