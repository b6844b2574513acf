import { useState, type FormEvent, type ReactNode } from 'react';
import { useTRPCClient } from '../app/trpc';
import { format, useT } from '../app/i18n';
import { Button, Field, FormError } from '../ui';
import { AuthLayout } from './AuthLayout';
import { authMessages as m } from './messages';
import { failureText, useAdoptMe } from './use-adopt-me';

interface SignInPageProps {
  /** The installation has no user yet: offer to create the first (owner) account instead. */
  signUpOpen: boolean;
  /** Under the card (the developers' API-key form). */
  below?: ReactNode;
}

type FieldName = 'email' | 'password' | 'name' | 'workspaceName';

/** Sign-in, or the very first sign-up of an empty installation. */
export function SignInPage({ signUpOpen, below }: SignInPageProps) {
  const t = useT();
  const client = useTRPCClient();
  const adopt = useAdoptMe();
  const [fields, setFields] = useState<Record<FieldName, string>>({
    email: '',
    password: '',
    name: '',
    workspaceName: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = (name: FieldName) => ({
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
    <AuthLayout below={below}>
      <h1>{t(signUpOpen ? m.signUpTitle : m.signInTitle)}</h1>
      {signUpOpen && <p>{t(m.signUpHelp)}</p>}
      <form onSubmit={(event) => void submit(event)} data-testid={signUpOpen ? 'sign-up-form' : 'sign-in-form'}>
        {signUpOpen && (
          <Field label={t(m.name)}>
            {(control) => <input {...control} {...input('name')} required autoComplete="name" />}
          </Field>
        )}
        <Field label={t(m.email)}>
          {(control) => <input {...control} {...input('email')} type="email" required autoComplete="email" />}
        </Field>
        <Field label={t(m.password)}>
          {(control) => (
            <input
              {...control}
              {...input('password')}
              type="password"
              required
              autoComplete={signUpOpen ? 'new-password' : 'current-password'}
            />
          )}
        </Field>
        {signUpOpen && (
          <Field label={t(m.workspaceName)}>
            {(control) => <input {...control} {...input('workspaceName')} placeholder={t(m.workspacePlaceholder)} />}
          </Field>
        )}
        {error !== null && <FormError>{format(t(m.failed), { message: error })}</FormError>}
        <Button type="submit" variant="primary" block disabled={busy}>
          {t(signUpOpen ? m.signUp : m.signIn)}
        </Button>
      </form>
    </AuthLayout>
  );
}
