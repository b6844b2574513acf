import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useTRPC } from '../app/trpc';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { setCsrfToken } from './csrf';
import { MeProvider } from './me';
import { SignInPage } from './SignInPage';

interface SessionGateProps {
  children: ReactNode;
  /** Shown below the sign-in card (the API-key form). */
  signedOut?: ReactNode;
}

/**
 * Asks the server who is calling (a session cookie or the stored API key): shows the app to a
 * signed-in caller, else sign-in (or sign-up on an empty installation). Invitation links are
 * answered first, signed in or not.
 */
export function SessionGate({ children, signedOut }: SessionGateProps) {
  const trpc = useTRPC();
  const [location] = useLocation();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  const csrfToken = me.data?.signedIn ? me.data.csrfToken : null;
  useEffect(() => setCsrfToken(csrfToken), [csrfToken]);
  if (location === '/accept-invitation') return <AcceptInvitationPage />;
  if (!me.data) return null;
  if (!me.data.signedIn) return <SignInPage signUpOpen={me.data.signUpOpen} below={signedOut} />;
  // Set now as well as in the effect: the first mutation may come before effects run.
  setCsrfToken(csrfToken);
  const { via, user, workspace, role } = me.data;
  return <MeProvider me={{ via, user, workspace, role }}>{children}</MeProvider>;
}
