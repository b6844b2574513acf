import { KeyRound, LogOut, MonitorSmartphone } from 'lucide-react';
import { storeApiKey } from '../app/api-key';
import { useT } from '../app/i18n';
import { appMessages } from '../app/messages';
import { useTRPCClient } from '../app/trpc';
import { Menu } from '../ui';
import { setCsrfToken } from './csrf';
import { useMe } from './me';
import { authMessages as m } from './messages';
import { roleMessages } from './role-messages';
import './user-menu.css';

function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .map((part) => [...part][0] ?? '');
  return (letters.length > 1 ? `${letters[0]}${letters.at(-1)}` : (letters[0] ?? '?')).toUpperCase();
}

/** Who is signed in (name, role) and the way out: sign out, everywhere, or forget the API key. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const client = useTRPCClient();
  const me = useMe();
  if (me === null) return null;
  const session = me.via === 'session';
  const leave = async (everywhere: boolean) => {
    if (session) await (everywhere ? client.auth.signOutEverywhere : client.auth.signOut).mutate();
    storeApiKey(null);
    setCsrfToken(null);
    window.location.assign('/');
  };
  const name = me.user?.name ?? t(appMessages.developerAccess);
  const trigger = (
    <span className="user-menu__trigger">
      <span className="user-menu__avatar" aria-hidden="true">
        {me.user ? initials(me.user.name) : <KeyRound size={14} />}
      </span>
      {!compact && (
        <span className="user-menu__who">
          <span className="user-menu__name">{name}</span>
          <span className="user-menu__meta">
            {me.workspace.name} · {t(roleMessages[me.role])}
          </span>
        </span>
      )}
    </span>
  );
  const items = session
    ? [
        { id: 'sign-out', label: t(m.signOut), icon: LogOut, testId: 'sign-out', onAction: () => void leave(false) },
        {
          id: 'sign-out-everywhere',
          label: t(m.signOutEverywhere),
          icon: MonitorSmartphone,
          onAction: () => void leave(true),
        },
      ]
    : [
        {
          id: 'forget-key',
          label: t(appMessages.signOut),
          icon: LogOut,
          testId: 'sign-out',
          onAction: () => void leave(false),
        },
      ];
  return (
    <div className="user-menu">
      <Menu
        label={`${t(appMessages.account)}: ${name}`}
        trigger={trigger}
        iconOnly={false}
        variant="ghost"
        placement="right bottom"
        testId="user-menu"
        groups={[{ id: 'account', title: me.user?.email, items }]}
      />
    </div>
  );
}
