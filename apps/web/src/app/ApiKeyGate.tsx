import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { SessionGate } from '../auth';
import { Button, Disclosure, Field } from '../ui';
import { readApiKey, storeApiKey } from './api-key';
import { useT } from './i18n';
import { appMessages } from './messages';
import { useTRPC } from './trpc';

/**
 * Signs the visitor in: with a stored API key (developers; the `npm start` link) or a session. A
 * signed-out visitor sees the sign-in page with, below it, the form to paste an API key instead.
 */
export function ApiKeyGate({ children }: { children: ReactNode }) {
  const [key, setKey] = useState(readApiKey);
  if (key !== null) return <SessionGate>{children}</SessionGate>;
  return <SessionGate signedOut={<ApiKeyForm onKey={setKey} />}>{children}</SessionGate>;
}

function ApiKeyForm({ onKey }: { onKey: (key: string) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    if (value === '') return;
    storeApiKey(value);
    onKey(value);
    // Who is calling has changed: ask again.
    void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  };
  return (
    <Disclosure title={t(appMessages.apiKeyTitle)} tone="quiet" testId="api-key-disclosure">
      <section className="api-key-gate">
        <p className="muted">{t(appMessages.apiKeyHelp)}</p>
        <form onSubmit={submit}>
          <Field label={t(appMessages.apiKeyLabel)}>
            {(control) => (
              <input
                {...control}
                name="apiKey"
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
          <Button type="submit">{t(appMessages.connect)}</Button>
        </form>
      </section>
    </Disclosure>
  );
}
