import { z } from 'zod';

/** A member's role in a workspace, weakest first: each role may do all the roles before it may. */
export const roles = ['viewer', 'editor', 'publisher', 'admin', 'owner'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** True when `held` is at least `required` in the order viewer < editor < publisher < admin < owner. */
export function roleAtLeast(held: Role, required: Role): boolean {
  return roles.indexOf(held) >= roles.indexOf(required);
}

/** Who is calling: a signed-in user (by user id) or an API key (by key id), with their role. */
export interface Actor {
  type: 'user' | 'api_key';
  id: string;
  role: Role;
}
