import { describe, expect, it } from 'vitest';
import { channelOf, contentOf, withContent } from './content-value';

describe('message content layouts', () => {
  const config = { name: 'Hi', channel: 'email', subject: 'S', body: 'B', html: '<p>h</p>', smartSendingHours: 4 };

  it('takes the content fields of a flat config, and its channel', () => {
    expect(contentOf(config)).toEqual({ subject: 'S', body: 'B', html: '<p>h</p>' });
    expect(contentOf(undefined)).toEqual({ body: '' });
    expect(channelOf(config)).toBe('email');
    expect(channelOf({ channel: 'fax' })).toBeUndefined();
  });

  it('copies a template in: old content gone, channel and other settings as they are', () => {
    const template = { channel: 'line' as const, content: { body: 'Yo', flex: '{}', variants: { en: { body: 'E' } } } };
    const next = withContent(config, template);
    expect(next).toEqual({
      name: 'Hi',
      channel: 'line',
      smartSendingHours: 4,
      body: 'Yo',
      flex: '{}',
      variants: { en: { body: 'E' } },
    });
    // A copy: editing the node never edits the template it came from.
    expect(next['variants']).not.toBe(template.content.variants);
  });
});
