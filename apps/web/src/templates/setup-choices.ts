import { testChannelName } from '@wayfarer/channels/spec';
import { sendChannels, type SendChannel } from '@wayfarer/nodes';
import type { AssetNeed, TemplateSetup } from './template-types';

/** For one asset: keep the one the workspace already has, make the suggested one, or pick another. */
export type AssetChoice = { mode: 'keep' } | { mode: 'create' } | { mode: 'pick'; ref: string };

export interface SetupChoices {
  channel: SendChannel;
  assets: Record<string, AssetChoice>;
}

/** The development channel: always there, reaches nobody. */
export const TEST_CHANNEL: SendChannel = testChannelName;

const isSendChannel = (channel: string | undefined): channel is SendChannel =>
  channel !== undefined && (sendChannels as readonly string[]).includes(channel);

/**
 * Where the wizard starts: the template's channel when it is connected, else the first connected
 * channel, else the test mailbox; each asset kept where the workspace has it, made otherwise.
 */
export function initialChoices(setup: TemplateSetup): SetupChoices {
  const connected = setup.connectedChannels;
  const channel = setup.templateChannels.find((candidate) => connected.includes(candidate)) ?? connected[0];
  return {
    channel: isSendChannel(channel) ? channel : TEST_CHANNEL,
    assets: Object.fromEntries(
      setup.assets.map((asset) => [asset.ref, asset.exists ? { mode: 'keep' } : { mode: 'create' }] as const),
    ),
  };
}

/** Every choice is complete (a picked asset has been chosen). */
export function choicesComplete(setup: TemplateSetup, choices: SetupChoices): boolean {
  return setup.assets.every((asset) => {
    const choice = choices.assets[asset.ref];
    return choice !== undefined && (choice.mode !== 'pick' || choice.ref !== '');
  });
}

type Binding = { use: string } | { create: true };

function binding(asset: AssetNeed, choice: AssetChoice | undefined): Binding | undefined {
  switch (choice?.mode) {
    case 'keep':
      return { use: asset.ref };
    case 'create':
      return { create: true };
    case 'pick':
      return { use: choice.ref };
    case undefined:
      return undefined;
    default: {
      const unreachable: never = choice;
      return unreachable;
    }
  }
}

/** The `createFromTemplate` fields for these choices. */
export function setupRequest(setup: TemplateSetup, choices: SetupChoices) {
  const assets: Record<string, Binding> = {};
  for (const asset of setup.assets) {
    const chosen = binding(asset, choices.assets[asset.ref]);
    if (chosen !== undefined) assets[asset.ref] = chosen;
  }
  return { channel: choices.channel, assets };
}
