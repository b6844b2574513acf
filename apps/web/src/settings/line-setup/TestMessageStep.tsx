import { useMutation } from '@tanstack/react-query';
import { lineChannel } from '@wayfarer/channels/spec';
import { useState, type FormEvent } from 'react';
import { channelName } from '../../app/channel-names';
import { useErrorText } from '../../app/error-text';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Button, Field, SegmentedControl } from '../../ui';
import { outcomeText } from '../../message-templates/test-send/outcome-text';
import { lineSetupStrings as m } from './line-setup.i18n';

const channel = lineChannel.name;
const lineUserId = /^U[0-9a-f]{32}$/;

/** Step 3: a real push to the member's linked LINE account or a typed user id, on the test-send path. */
export function TestMessageStep({ onBack, onNext }: { onBack: () => void; onNext: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const errorText = useErrorText();
  const [to, setTo] = useState<'me' | 'address'>('address');
  const [userId, setUserId] = useState('');
  const [text, setText] = useState(() => t(m.defaultMessage));
  const [problem, setProblem] = useState<string | undefined>();
  const send = useMutation(trpc.messageTemplates.sendTest.mutationOptions());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = userId.trim();
    const invalid = to === 'address' && !lineUserId.test(address);
    setProblem(invalid ? t(m.userIdInvalid) : undefined);
    if (invalid || text.trim() === '') return;
    send.mutate({
      requestId: crypto.randomUUID(),
      channel,
      content: { body: text },
      data: { kind: 'sample' },
      recipient: to === 'me' ? { kind: 'me' } : { kind: 'address', address },
    });
  };

  return (
    <form className="line-setup__form" onSubmit={submit} noValidate data-testid="line-setup-test">
      <p className="muted">{t(m.testHelp)}</p>
      <SegmentedControl
        label={t(m.stepTest)}
        value={to}
        onChange={setTo}
        options={[
          { value: 'address', label: t(m.toUserId) },
          { value: 'me', label: t(m.toMe) },
        ]}
        testId="line-test-to"
      />
      {to === 'address' && (
        <Field label={t(m.userId)} help={t(m.userIdHelp)} error={problem}>
          {(control) => (
            <input
              {...control}
              name="lineUserId"
              autoComplete="off"
              placeholder="U0123456789abcdef0123456789abcdef"
              value={userId}
              onChange={(event) => setUserId(event.target.value)}
            />
          )}
        </Field>
      )}
      <Field label={t(m.message)}>
        {(control) => (
          <textarea
            {...control}
            name="message"
            rows={2}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      {send.isSuccess && (
        <p
          className={send.data.status === 'sent' ? 'settings-notice' : 'settings-notice is-error'}
          role={send.data.status === 'failed' ? 'alert' : 'status'}
          data-testid="line-test-outcome"
          data-status={send.data.status}
        >
          {outcomeText(send.data, channelName(channel, locale), t)}
        </p>
      )}
      {send.isError && (
        <p className="settings-notice is-error" role="alert" data-testid="line-test-outcome">
          {t(m.sendFailed, { reason: errorText(send.error) })}
        </p>
      )}
      <div className="settings-card__actions">
        <Button onClick={onBack}>{t(m.previous)}</Button>
        <Button type="submit" variant="primary" disabled={send.isPending} data-testid="line-test-send">
          {t(send.isPending ? m.sending : m.send)}
        </Button>
        <Button className="line-setup__next" onClick={onNext} data-testid="line-setup-next">
          {t(m.next)}
        </Button>
      </div>
    </form>
  );
}
