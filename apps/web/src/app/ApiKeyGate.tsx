import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { SessionGate } from '../auth';
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
    <section className="api-key-gate">
      <h2>{t(appMessages.apiKeyTitle)}</h2>
      <p>{t(appMessages.apiKeyHelp)}</p>
      <form onSubmit={submit}>
        <label>
          {t(appMessages.apiKeyLabel)}
          <input name="apiKey" value={draft} onChange={(event) => setDraft(event.target.value)} autoComplete="off" />
        </label>
        <button type="submit">{t(appMessages.connect)}</button>
      </form>
    </section>
  );
}
