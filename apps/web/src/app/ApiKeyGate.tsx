import { useState, type FormEvent, type ReactNode } from 'react';
import { readApiKey, storeApiKey } from './api-key';
import { useT } from './i18n';
import { appMessages } from './messages';

/** Asks for an API key until one is stored (sign-in replaces this in a later issue). */
export function ApiKeyGate({ children }: { children: ReactNode }) {
  const t = useT();
  const [key, setKey] = useState(readApiKey);
  const [draft, setDraft] = useState('');
  if (key !== null) return <>{children}</>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    if (value === '') return;
    storeApiKey(value);
    setKey(value);
  };
  return (
    <main className="api-key-gate">
      <h1>{t(appMessages.apiKeyTitle)}</h1>
      <p>{t(appMessages.apiKeyHelp)}</p>
      <form onSubmit={submit}>
        <label>
          {t(appMessages.apiKeyLabel)}
          <input name="apiKey" value={draft} onChange={(event) => setDraft(event.target.value)} autoComplete="off" />
        </label>
        <button type="submit">{t(appMessages.connect)}</button>
      </form>
    </main>
  );
}
