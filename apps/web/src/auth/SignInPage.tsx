import { useState, type FormEvent, type ReactNode } from 'react';
import { useTRPCClient } from '../app/trpc';
import { fieldErrors, useErrorText } from '../app/error-text';
import { useLocale, useT } from '../app/i18n';
import { Button, Field, FormError } from '../ui';
import { AuthLayout } from './AuthLayout';
import { authMessages as m } from './messages';
import { useAdoptMe } from './use-adopt-me';

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
  const { locale } = useLocale();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const perField = failure === null ? {} : fieldErrors(failure, locale);
  const input = (name: FieldName) => ({
    name,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const { email, password, name, workspaceName } = fields;
      const me = signUpOpen
        ? await client.auth.signUp.mutate({ email, password, name, ...(workspaceName.trim() ? { workspaceName } : {}) })
        : await client.auth.signIn.mutate({ email, password });
      adopt(me);
    } catch (failed) {
      setFailure(failed);
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
        <Field label={t(m.email)} error={perField.email}>
          {(control) => <input {...control} {...input('email')} type="email" required autoComplete="email" />}
        </Field>
        <Field label={t(m.password)} error={perField.password} help={signUpOpen ? t(m.passwordHelp) : undefined}>
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
          <Field label={t(m.workspaceName)} error={perField.workspaceName}>
            {(control) => <input {...control} {...input('workspaceName')} placeholder={t(m.workspacePlaceholder)} />}
          </Field>
        )}
        {failure !== null && Object.keys(perField).length === 0 && (
          <FormError testId="auth-error">{errorText(failure)}</FormError>
        )}
        <Button type="submit" variant="primary" block disabled={busy}>
          {t(signUpOpen ? m.signUp : m.signIn)}
        </Button>
      </form>
    </AuthLayout>
  );
}
