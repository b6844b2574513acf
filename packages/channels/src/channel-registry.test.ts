import { describe, expect, it } from 'vitest';
import { channelNames, channelSpecs, credentialChannelNames, testChannelName } from './channel-registry';
import { channelRuntime, channelRuntimes } from './channel-runtimes';

describe('the channel registry', () => {
  it('gives every channel definition its runtime facet, and no facet without a definition', () => {
    expect(channelRuntimes.map((runtime) => runtime.spec.name).sort()).toEqual([...channelNames].sort());
    for (const spec of channelSpecs) expect(channelRuntime(spec.name).spec).toBe(spec);
  });

  it('declares settings fields and secrets that exist in each channel config', () => {
    for (const spec of channelSpecs) {
      const shape = JSON.stringify(spec.config.toJSONSchema());
      for (const path of [...spec.secretFields, ...spec.settings.fields.map((field) => field.path)]) {
        // LINE's card also holds the webhook's channel id and secret (sealed apart, see line-webhook-secret.ts).
        if (spec.name === 'line' && path.startsWith('channel') && path !== 'channelAccessToken') continue;
        expect(shape, `${spec.name}: ${path}`).toContain(`"${path.split('.').at(-1)}"`);
      }
      expect(spec.settings.fields.length > 0, spec.name).toBe(spec.delivery === 'provider');
    }
  });

  it('connects the provider channels with credentials and keeps the test mailbox out of them', () => {
    expect(credentialChannelNames).not.toContain(testChannelName);
    expect(credentialChannelNames.length).toBe(channelNames.length - 1);
  });
});
