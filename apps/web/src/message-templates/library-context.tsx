import { createContext, useContext, type ReactNode } from 'react';

const ApiContext = createContext(false);

/**
 * Lets the send inspector below reach the message library and the server preview (inside the
 * TRPCProvider); without it (static renders, unit tests) the inspector shows no library bar.
 */
export function MessageLibraryProvider({ children }: { children: ReactNode }) {
  return <ApiContext.Provider value={true}>{children}</ApiContext.Provider>;
}

/** True when library widgets may query the API. */
export function useMessageLibraryApi(): boolean {
  return useContext(ApiContext);
}
