import { createContext, useContext, type ReactNode } from 'react';
import { roleAtLeast, type Role } from './roles';

/** The signed-in caller as `auth.me` describes them (a user's session or an API key). */
export interface Me {
  via: 'session' | 'api_key';
  user: { id: string; email: string; name: string } | null;
  workspace: { id: string; name: string; requireApproval: boolean };
  role: Role;
}

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** Who is signed in; null outside the gate (then the UI offers everything and the server decides). */
export function useMe(): Me | null {
  return useContext(MeContext);
}

/** Whether the caller may do what needs `role` (true when unknown: the server refuses anyway). */
export function useHasRole(role: Role): boolean {
  const me = useMe();
  return me === null || roleAtLeast(me.role, role);
}
