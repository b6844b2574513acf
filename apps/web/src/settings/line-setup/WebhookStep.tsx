import { useMutation, useQuery } from '@tanstack/react-query';
import { Copy } from 'lucide-react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Button, Field } from '../../ui';
import { BotCard } from './BotCard';
import { lineSetupStrings as m } from './line-setup.i18n';
import { lineFailureWords, webhookReasonWords, type LineFailure, type WebhookTest } from './line-words';

type Verdict = { ok: true; test: WebhookTest } | ({ ok: false } & LineFailure);

/** LINE's verdict on the webhook in words: verified, the test's reason, or why LINE refused. */
function VerdictText({ verdict, setting }: { verdict: Verdict; setting: boolean }) {
  const t = useT();
  if (!verdict.ok) {
    const reason = lineFailureWords(verdict, t);
    return (
      <p className="settings-notice is-error" role="alert" data-testid="line-webhook-verdict" data-ok="false">
        {setting ? t(m.setRefused, { reason }) : t(m.webhookFailed, { reason })}
      </p>
    );
  }
  const { test } = verdict;
  return test.success ? (
    <p className="settings-notice" role="status" data-testid="line-webhook-verdict" data-ok="true">
      {t(m.webhookOk)}
    </p>
  ) : (
    <p className="settings-notice is-error" role="alert" data-testid="line-webhook-verdict" data-ok="false">
      {t(m.webhookFailed, { reason: webhookReasonWords(test, t) })}
    </p>
  );
}

/** Step 2: the bot, the webhook URL to paste (with a copy button), set and verified through LINE's API. */
export function WebhookStep({ onBack, onNext }: { onBack: () => void; onNext: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const status = useQuery(trpc.channels.line.status.queryOptions());
  const set = useMutation(trpc.channels.line.setWebhook.mutationOptions());
  const test = useMutation(trpc.channels.line.testWebhook.mutationOptions());
  const [copied, setCopied] = useState(false);
  const [last, setLast] = useState<'set' | 'test' | null>(null);
  const webhookUrl = status.data?.webhookUrl ?? null;

  const copy = () => {
    if (webhookUrl === null) return;
    void navigator.clipboard.writeText(webhookUrl).then(() => setCopied(true));
  };
  const verdict: { verdict: Verdict; setting: boolean } | null =
    last === 'set' && set.data?.set
      ? set.data.set.ok
        ? set.data.test === null
          ? null
          : { verdict: set.data.test, setting: false }
        : { verdict: set.data.set, setting: true }
      : last === 'test' && test.data
        ? { verdict: test.data, setting: false }
        : null;
  const busy = set.isPending || test.isPending;
  const failure = status.error ?? set.error ?? test.error;

  return (
    <div className="line-setup__form" data-testid="line-setup-webhook">
      {status.isPending ? (
        <p className="muted" role="status">
          {t(m.loading)}
        </p>
      ) : status.data ? (
        <BotCard bot={status.data.bot} />
      ) : null}
      <Field label={t(m.webhookUrl)} help={webhookUrl === null ? t(m.noPublicUrl) : t(m.webhookHelp)}>
        {(control) => (
          <div className="line-setup__copy-row">
            <input {...control} readOnly value={webhookUrl ?? ''} data-testid="line-webhook-url" />
            <Button icon={Copy} onClick={copy} disabled={webhookUrl === null} data-testid="line-webhook-copy">
              {t(copied ? m.copied : m.copy)}
            </Button>
          </div>
        )}
      </Field>
      {busy && (
        <p className="muted" role="status">
          {t(m.verifying)}
        </p>
      )}
      {!busy && verdict !== null && <VerdictText {...verdict} />}
      {failure && <ErrorNotice error={failure} />}
      <div className="settings-card__actions">
        <Button onClick={onBack}>{t(m.previous)}</Button>
        <Button
          variant="primary"
          disabled={busy || webhookUrl === null}
          onClick={() => {
            setLast('set');
            set.mutate();
          }}
          data-testid="line-webhook-set"
        >
          {t(m.setWebhook)}
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            setLast('test');
            test.mutate();
          }}
          data-testid="line-webhook-test"
        >
          {t(m.verifyAgain)}
        </Button>
        <Button className="line-setup__next" onClick={onNext} data-testid="line-setup-next">
          {t(m.next)}
        </Button>
      </div>
    </div>
  );
}
