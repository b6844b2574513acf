import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames } from './channel-registry';
import { findChannelLiterals } from './test-channel-literals';

// Channels are defined once (packages/channels/src/<channel>/ and the registry); everything else
// reads the registry. This test fails when a channel's name is written as a channel identifier
// anywhere else in the source, so a channel list cannot grow back in another workspace.

const root = join(import.meta.dirname, '../../..');

/**
 * Where a channel name may be written as a channel. Tests, docs, bench/ and test/ are outside the
 * scan (they exercise particular channels on purpose). Kept tiny; each entry says why.
 */
const allowed: readonly { path: RegExp; why: string }[] = [
  { path: new RegExp(`^packages/channels/src/(${channelNames.join('|')})/`), why: 'each channel’s own definition' },
  { path: /^packages\/channels\/src\/channel-(registry|runtimes)\.ts$/, why: 'the registry lists the definitions' },
  {
    path: /^packages\/db\/src\/migrations\/00(04|06|07|22)-[\w-]+\.ts$/,
    why: 'migrations are history: 0004/0006/0007 created the CHECK lists that 0022 drops (and restores on down)',
  },
];

const scanned = ['apps', 'packages', 'workflows'];
const isTest = (path: string) => /\.test\.tsx?$|\/test-[\w-]+\.ts$/.test(path);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|sql)$/.test(entry.name) ? [path] : [];
  });
}

describe('channel names outside the channel registry', () => {
  it('are never written as a channel identifier', () => {
    const found = scanned
      .flatMap((top) => sourceFiles(join(root, top)))
      .map((path) => relative(root, path))
      .filter((path) => path.includes('/src/') && !isTest(path))
      .filter((path) => !allowed.some((entry) => entry.path.test(path)))
      .flatMap((path) =>
        findChannelLiterals(readFileSync(join(root, path), 'utf8'), channelNames).map((hit) => `${path}:${hit}`),
      );
    expect(found).toEqual([]);
  });
});

describe('findChannelLiterals', () => {
  const names = ['line', 'email', 'sms'];
  it.each([
    [`const x = { channel: 'line', to };`],
    [`if (message.channel === 'email') return;`],
    [`export const TEST_CHANNEL: SendChannel = 'sms';`],
    [`channel: z.literal('line'),`],
    [`const channels = ['line', 'email'];`],
    [`type C = 'line' | 'email' | 'sms';`],
    [`check (channel in ('line', 'email'))`],
    [`switch (message.channel) {\n  case 'sms':\n    return 1;\n}`],
    [`const caps = {\n  line: channelCap('line'),\n};`],
    [`const identityOf = {\n  line: 'line',\n  email: 'email',\n  sms: 'phone',\n};`],
  ])('finds %s', (source) => {
    expect(findChannelLiterals(source, names)).not.toEqual([]);
  });

  it.each([
    [`identities.push({ kind: 'email', value });`],
    [`type IdentityKind = 'user_id' | 'line' | 'email' | 'phone';`],
    [`const columns = ['external_id', 'email', 'phone', 'line'];`],
    [`switch (target.kind) {\n  case 'email':\n    return 1;\n}`],
    [`const label = { email: { en: 'Email' } };`],
    [`channel: lineChannel.name,`],
    [`const sourceHeadings = {\n  line: 'LINE (the webhook)',\n  email: 'Email',\n  consent: 'Consent',\n};`],
  ])('ignores %s', (source) => {
    expect(findChannelLiterals(source, names)).toEqual([]);
  });
});
