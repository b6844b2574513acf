import type { SecretBox } from '../secrets';

// The LINE channel secret verifies `x-line-signature` on the webhook. It is sealed like every other
// credential and bound to its workspace, so a sealed value copied to another workspace's row does
// not open there (and so cannot verify that workspace's deliveries).

function context(workspaceId: string): string {
  return `line_channels:${workspaceId}`;
}

/** Seals a LINE channel secret for the `line_channels` row of `workspaceId`. */
export function sealLineChannelSecret(box: SecretBox, workspaceId: string, channelSecret: string): string {
  return box.seal(channelSecret, context(workspaceId));
}

/** Opens a sealed LINE channel secret; throws SealedValueError when it was altered or moved. */
export function openLineChannelSecret(box: SecretBox, workspaceId: string, sealed: string): string {
  return box.open(sealed, context(workspaceId));
}
