import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { SaveFooter } from './SaveFooter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import {
  channelFields,
  channelTitle,
  configFromForm,
  formFromConfig,
  type ChannelForm,
  type CredentialChannel,
} from './channel-fields';
import { FieldInput } from './FieldInput';
import { settingsMessages as m } from './messages';
import { lineChannel } from '@wayfarer/channels/spec';
import { Unplug, Wand2 } from 'lucide-react';
import { Badge, Button, ButtonLink, ConfirmDialog } from '../ui';
import { lineSetupStrings } from './line-setup/line-setup.i18n';

export interface ChannelState {
  channel: CredentialChannel;
  connected: boolean;
  config: Record<string, unknown> | null;
  /** Where the provider calls Wayfarer, for channels with a webhook (shown to paste). */
  webhookPath?: string | null;
}

/** One channel: connected or not, its fields (secrets redacted), save and disconnect. */
export function ChannelCard({ state }: { state: ChannelState }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { channel } = state;
  const [form, setForm] = useState<ChannelForm>(() => formFromConfig(channel, state.config));
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.channels.list.queryKey() });
  const save = useMutation(trpc.channels.save.mutationOptions());
  const remove = useMutation(trpc.channels.remove.mutationOptions());
  const failure = save.error ?? remove.error;
  const nameOf = (path: string) => {
    const field = channelFields(channel).find((candidate) => candidate.path === path);
    return field === undefined ? undefined : t(field.label);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      { channel, config: configFromForm(channel, form, state.config) },
      {
        onSuccess: (next) => {
          setForm(formFromConfig(channel, next.config));
          setSaved(true);
          void refresh();
        },
      },
    );
  };
  const disconnect = () => {
    setConfirming(false);
    remove.mutate(
      { channel },
      {
        onSuccess: () => {
          setForm(formFromConfig(channel, null));
          void refresh();
        },
      },
    );
  };

  return (
    <form className="settings-card" data-testid={`channel-card-${channel}`} onSubmit={submit}>
      <header className="settings-card-header">
        <h2>{t(channelTitle(channel))}</h2>
        <Badge tone={state.connected ? 'success' : 'neutral'} dot data-testid="channel-status">
          {t(state.connected ? m.connected : m.notConnected)}
        </Badge>
      </header>
      {state.connected && state.config === null && <p className="settings-notice is-error">{t(m.unreadable)}</p>}
      <div className="settings-fields">
        {channelFields(channel).map((field) => (
          <label key={field.path} className={`settings-field ${field.kind === 'toggle' ? 'is-toggle' : ''}`}>
            <span>{t(field.label)}</span>
            <FieldInput
              field={field}
              testId={`${channel}-${field.path}`}
              value={form[field.path] ?? ''}
              onChange={(value) => setForm({ ...form, [field.path]: value })}
            />
            {field.kind === 'secret' && state.connected && <small className="muted">{t(m.secretHint)}</small>}
            {field.help && <small className="muted">{t(field.help)}</small>}
          </label>
        ))}
      </div>
      {state.webhookPath && (
        <label className="settings-field">
          <span>{t(m.webhookUrl)}</span>
          <input
            readOnly
            value={`${window.location.origin}${state.webhookPath}`}
            data-testid={`${channel}-webhook-url`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <small className="muted">{t(m.webhookUrlHelp)}</small>
        </label>
      )}
      <SaveFooter
        error={failure}
        saved={saved}
        pending={save.isPending}
        nameOf={nameOf}
        saveTestId={`save-${channel}`}
        savedTestId="channel-saved"
      >
        {channel === lineChannel.name && (
          <ButtonLink href="/settings/channels/line" icon={Wand2} data-testid="line-setup-open">
            {t(lineSetupStrings.open)}
          </ButtonLink>
        )}
        {state.connected && (
          <Button
            variant="danger-ghost"
            icon={Unplug}
            onClick={() => setConfirming(true)}
            disabled={remove.isPending}
            data-testid={`disconnect-${channel}`}
          >
            {t(m.disconnect)}
          </Button>
        )}
      </SaveFooter>
      <ConfirmDialog
        isOpen={confirming}
        title={t(m.disconnectConfirm, { channel: t(channelTitle(channel)) })}
        confirmLabel={t(m.disconnect)}
        cancelLabel={t(m.cancel)}
        tone="danger"
        onCancel={() => setConfirming(false)}
        onConfirm={disconnect}
      />
    </form>
  );
}
