import { useState, type FormEvent } from 'react';
import { useTRPCClient } from '../app/trpc';
import { format, useT } from '../app/i18n';
import { authMessages as m } from './messages';
import { failureText, useAdoptMe } from './use-adopt-me';
import './auth.css';

interface SignInPageProps {
  /** The installation has no user yet: offer to create the first (owner) account instead. */
  signUpOpen: boolean;
}

/** Sign-in, or the very first sign-up of an empty installation. */
export function SignInPage({ signUpOpen }: SignInPageProps) {
  const t = useT();
  const client = useTRPCClient();
  const adopt = useAdoptMe();
  const [fields, setFields] = useState({ email: '', password: '', name: '', workspaceName: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (name: keyof typeof fields) => ({
    name,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { email, password, name, workspaceName } = fields;
      const me = signUpOpen
        ? await client.auth.signUp.mutate({ email, password, name, ...(workspaceName.trim() ? { workspaceName } : {}) })
        : await client.auth.signIn.mutate({ email, password });
      adopt(me);
    } catch (failure) {
      setError(failureText(failure));
      setBusy(false);
    }
  };
  return (
    <main className="auth-page">
      <h1>{t(signUpOpen ? m.signUpTitle : m.signInTitle)}</h1>
      {signUpOpen && <p>{t(m.signUpHelp)}</p>}
      <form onSubmit={(event) => void submit(event)} data-testid={signUpOpen ? 'sign-up-form' : 'sign-in-form'}>
        {signUpOpen && (
          <label>
            {t(m.name)}
            <input {...field('name')} required autoComplete="name" />
          </label>
        )}
        <label>
          {t(m.email)}
          <input {...field('email')} type="email" required autoComplete="email" />
        </label>
        <label>
          {t(m.password)}
          <input
            {...field('password')}
            type="password"
            required
            autoComplete={signUpOpen ? 'new-password' : 'current-password'}
          />
        </label>
        {signUpOpen && (
          <label>
            {t(m.workspaceName)}
            <input {...field('workspaceName')} placeholder="My workspace" />
          </label>
        )}
        {error !== null && (
          <p className="auth-error" role="alert">
            {format(t(m.failed), { message: error })}
          </p>
        )}
        <button type="submit" className="button--primary" disabled={busy}>
          {t(signUpOpen ? m.signUp : m.signIn)}
        </button>
      </form>
    </main>
  );
}
