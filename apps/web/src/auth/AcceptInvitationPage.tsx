import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { format, useLocale, useT } from '../app/i18n';
import { roleMessages } from './role-messages';
import { useTRPC, useTRPCClient } from '../app/trpc';
import { authMessages as m } from './messages';
import { useAdoptMe } from './use-adopt-me';
import { fieldErrors, useErrorText } from '../app/error-text';
import { Button, Field, FormError } from '../ui';
import { AuthLayout } from './AuthLayout';

/** The invitation token travels in the fragment (`/accept-invitation#<token>`), never to server logs. */
function tokenFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

/** Joins a workspace from an invitation link: a new account, or an existing one's password. */
export function AcceptInvitationPage() {
  const t = useT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const adopt = useAdoptMe();
  const [, navigate] = useLocation();
  const [token] = useState(tokenFromHash);
  const invitation = useQuery({ ...trpc.auth.invitation.queryOptions({ token }), retry: false, enabled: token !== '' });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { locale } = useLocale();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  if (token === '' || invitation.isError) {
    return (
      <AuthLayout>
        <p role="alert">{t(m.invitationInvalid)}</p>
      </AuthLayout>
    );
  }
  if (!invitation.data) return null;
  const { email, role, workspaceName, hasAccount } = invitation.data;
  const perField = failure === null ? {} : fieldErrors(failure, locale);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const me = await client.auth.acceptInvitation.mutate({ token, password, ...(hasAccount ? {} : { name }) });
      history.replaceState(null, '', '/');
      adopt(me);
      navigate('/');
    } catch (failed) {
      setFailure(failed);
    }
  };
  return (
    <AuthLayout>
      <h1>{format(t(m.acceptTitle), { workspace: workspaceName })}</h1>
      <p>{format(t(m.acceptHelp), { email, role: t(roleMessages[role]) })}</p>
      <p>{t(hasAccount ? m.acceptExisting : m.acceptNew)}</p>
      <form onSubmit={(event) => void submit(event)} data-testid="accept-invitation-form">
        {!hasAccount && (
          <Field label={t(m.name)} error={perField.name}>
            {(control) => (
              <input {...control} name="name" value={name} onChange={(event) => setName(event.target.value)} required />
            )}
          </Field>
        )}
        <Field label={t(m.password)} error={perField.password} help={hasAccount ? undefined : t(m.passwordHelp)}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
              autoComplete={hasAccount ? 'current-password' : 'new-password'}
            />
          )}
        </Field>
        {failure !== null && Object.keys(perField).length === 0 && (
          <FormError testId="auth-error">{errorText(failure)}</FormError>
        )}
        <Button type="submit" variant="primary" block>
          {t(m.join)}
        </Button>
      </form>
    </AuthLayout>
  );
}
