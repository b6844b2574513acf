import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { SaveFooter } from './SaveFooter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { CapFields } from './CapFields';
import { cappedChannels, channelTitle } from './channel-fields';
import { settingsMessages as m } from './messages';
import { policyFormFrom, settingsFrom, type MessagingSettings, type PolicyForm } from './policy-form';

/** Quiet hours and frequency caps (all channels, and per channel). */
export function PolicyCard({ settings }: { settings: MessagingSettings }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<PolicyForm>(() => policyFormFrom(settings));
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.channels.messagingSettings.save.mutationOptions());
  const nameOf = (path: string) =>
    path.startsWith('quietHours') ? t(m.quietHours) : path.startsWith('frequencyCap') ? t(m.defaultCap) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(settingsFrom(form), {
      onSuccess: (next) => {
        setForm(policyFormFrom(next));
        setSaved(true);
        void queryClient.invalidateQueries({ queryKey: trpc.channels.messagingSettings.get.queryKey() });
      },
    });
  };

  return (
    <form className="settings-card" data-testid="sending-policy" onSubmit={submit}>
      <header className="settings-card-header">
        <h2>{t(m.policyTitle)}</h2>
      </header>
      <p className="muted">{t(m.policyHelp)}</p>
      <fieldset className="settings-cap">
        <legend>{t(m.quietHours)}</legend>
        <label className="settings-inline">
          <input
            type="checkbox"
            name="quietEnabled"
            checked={form.quietEnabled}
            onChange={(event) => setForm({ ...form, quietEnabled: event.target.checked })}
          />
          <span>{t(m.capEnabled)}</span>
        </label>
        <label className="settings-inline">
          <span>{t(m.quietStart)}</span>
          <input
            type="time"
            name="quietStart"
            disabled={!form.quietEnabled}
            value={form.quietStart}
            onChange={(event) => setForm({ ...form, quietStart: event.target.value })}
          />
        </label>
        <label className="settings-inline">
          <span>{t(m.quietEnd)}</span>
          <input
            type="time"
            name="quietEnd"
            disabled={!form.quietEnabled}
            value={form.quietEnd}
            onChange={(event) => setForm({ ...form, quietEnd: event.target.value })}
          />
        </label>
      </fieldset>
      <CapFields
        id="all"
        label={t(m.defaultCap)}
        value={form.frequencyCap}
        onChange={(frequencyCap) => setForm({ ...form, frequencyCap })}
      />
      {cappedChannels.map((channel) => (
        <CapFields
          key={channel}
          id={channel}
          label={t(m.channelCap, { channel: t(channelTitle(channel)) })}
          hint={t(m.capDefault)}
          value={form.channelCaps[channel]}
          onChange={(cap) => setForm({ ...form, channelCaps: { ...form.channelCaps, [channel]: cap } })}
        />
      ))}
      <SaveFooter
        error={save.error}
        saved={saved}
        pending={save.isPending}
        nameOf={nameOf}
        saveTestId="save-policy"
        savedTestId="policy-saved"
      />
    </form>
  );
}
