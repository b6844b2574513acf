import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lineWebhookCredentialsSchema } from './line.channel';
import { openLineChannelSecret, sealLineChannelSecret } from './line-webhook-secret';
import { createSecretBox, isSealed } from '../secrets';

const box = createSecretBox(randomBytes(32));

describe('LINE channel secret at rest', () => {
  it('seals to an envelope without the secret and opens back in the same workspace only', () => {
    const sealed = sealLineChannelSecret(box, 'ws-1', 'line-secret-5e8dc4a9');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('5e8dc4a9');
    expect(openLineChannelSecret(box, 'ws-1', sealed)).toBe('line-secret-5e8dc4a9');
    expect(() => openLineChannelSecret(box, 'ws-2', sealed)).toThrow(
      expect.objectContaining({ code: 'sealed_value_unopenable' }),
    );
  });

  it('takes a channel id of digits and a non-empty secret', () => {
    expect(lineWebhookCredentialsSchema.safeParse({ channelId: '1657000000', channelSecret: 's' }).success).toBe(true);
    const bad = lineWebhookCredentialsSchema.safeParse({ channelId: '@shop', channelSecret: '' });
    expect(bad.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['channelId', 'channelSecret']);
  });
});
