import type { SecretBox } from '@wayfarer/channels';

// A secret is sealed with its workspace and name as context, so a sealed value copied to another
// row (another workspace, another name) does not open.
const context = (workspaceId: string, name: string): string => `${workspaceId}:secret:${name}`;

/** Seals a workspace secret for storage. */
export function sealWorkspaceSecret(box: SecretBox, workspaceId: string, name: string, value: string): string {
  return box.seal(value, context(workspaceId, name));
}

/** Opens a stored workspace secret; throws SealedValueError when it was not sealed for this row. */
export function openWorkspaceSecret(box: SecretBox, workspaceId: string, name: string, sealed: string): string {
  return box.open(sealed, context(workspaceId, name));
}
