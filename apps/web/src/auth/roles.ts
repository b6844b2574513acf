/** Workspace roles, weakest first (as the server orders them). */
export const roles = ['viewer', 'editor', 'publisher', 'admin', 'owner'] as const;
export type Role = (typeof roles)[number];

export function roleAtLeast(held: Role, required: Role): boolean {
  return roles.indexOf(held) >= roles.indexOf(required);
}
