import { storeApiKey } from '../app/api-key';
import { useT } from '../app/i18n';
import { useTRPCClient } from '../app/trpc';
import { appMessages } from '../app/messages';
import { setCsrfToken } from './csrf';
import { useMe } from './me';
import { authMessages as m } from './messages';

/** Signs out (a session) or forgets the API key, then starts over at the sign-in page. */
export function SignOutButton() {
  const t = useT();
  const client = useTRPCClient();
  const me = useMe();
  const session = me?.via === 'session';
  const leave = async (everywhere: boolean) => {
    if (session) await (everywhere ? client.auth.signOutEverywhere : client.auth.signOut).mutate();
    storeApiKey(null);
    setCsrfToken(null);
    window.location.assign('/');
  };
  return (
    <>
      {me?.user && <span className="signed-in-as">{me.user.name}</span>}
      <button type="button" className="link-button" data-testid="sign-out" onClick={() => void leave(false)}>
        {t(session ? m.signOut : appMessages.signOut)}
      </button>
      {session && (
        <button type="button" className="link-button" onClick={() => void leave(true)}>
          {t(m.signOutEverywhere)}
        </button>
      )}
    </>
  );
}
