import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { assetKindNames } from '../app/asset-kinds';
import { channelName } from '../app/channel-names';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { AssetChoiceFields } from './AssetChoiceFields';
import { choicesComplete, initialChoices, setupRequest, TEST_CHANNEL, type SetupChoices } from './setup-choices';
import { setupMessages as m } from './setup-messages';
import type { TemplateSetup, TemplateSummary } from './template-types';
import './template-setup.css';

export interface TemplateSetupDialogProps {
  template: TemplateSummary;
  pending: boolean;
  error: string | null;
  onCreate: (request: ReturnType<typeof setupRequest>) => void;
  onClose: () => void;
}

function ChannelChoice({
  setup,
  channel,
  onChange,
}: {
  setup: TemplateSetup;
  channel: string;
  onChange: (channel: SetupChoices['channel']) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const options = [...setup.connectedChannels, TEST_CHANNEL];
  const missing = setup.templateChannels.filter((wanted) => !setup.connectedChannels.includes(wanted));
  return (
    <fieldset className="setup-need" data-testid="setup-channel">
      <legend>{t(m.channel)}</legend>
      {options.map((option) => (
        <label key={option} className="setup-option">
          <input
            type="radio"
            name="channel"
            value={option}
            checked={channel === option}
            onChange={() => onChange(option as SetupChoices['channel'])}
          />
          {channelName(option, locale)}
        </label>
      ))}
      {missing.map((wanted) => (
        <p key={wanted} className="setup-note">
          {t(m.notConnected, { channel: channelName(wanted, locale) })}
        </p>
      ))}
      {channel === TEST_CHANNEL ? <p className="setup-note">{t(m.testChannelNote)}</p> : null}
    </fieldset>
  );
}

/**
 * "Use template": what the journey needs from the workspace — the channel its messages go out on,
 * and each badge, tier, segment or lottery it names, made from the template's suggestion or picked —
 * before the draft is created and opened.
 */
export function TemplateSetupDialog({ template, pending, error, onCreate, onClose }: TemplateSetupDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const dialog = useRef<HTMLDialogElement>(null);
  const setup = useQuery(trpc.templates.setup.queryOptions({ templateId: template.id, locale }));
  const [choices, setChoices] = useState<SetupChoices | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  useEffect(() => {
    if (setup.data !== undefined && choices === null) setChoices(initialChoices(setup.data));
  }, [setup.data, choices]);
  const ready = setup.data !== undefined && choices !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && choicesComplete(setup.data, choices) && !pending) onCreate(setupRequest(setup.data, choices));
  };
  return (
    <dialog
      ref={dialog}
      className="template-setup"
      aria-labelledby="template-setup-title"
      data-testid="template-setup"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="template-setup-title">{t(m.title, { name: template.name[locale] })}</h2>
        <p className="setup-intro">{t(m.intro)}</p>
        {setup.isPending ? <p role="status">{t(m.loading)}</p> : null}
        {setup.isError ? <p role="alert">{t(m.loadFailed)}</p> : null}
        {ready ? (
          <>
            <ChannelChoice
              setup={setup.data}
              channel={choices.channel}
              onChange={(channel) => setChoices({ ...choices, channel })}
            />
            {setup.data.assets.map((asset) => (
              <AssetChoiceFields
                key={asset.ref}
                need={asset}
                kindName={assetKindNames[asset.kind]?.[locale] ?? asset.kind}
                choice={choices.assets[asset.ref] ?? { mode: 'create' }}
                onChange={(choice) => setChoices({ ...choices, assets: { ...choices.assets, [asset.ref]: choice } })}
              />
            ))}
          </>
        ) : null}
        {error === null ? null : (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="setup-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            {t(m.cancel)}
          </button>
          <button
            type="submit"
            className="button primary"
            data-testid="template-setup-confirm"
            disabled={!ready || !choicesComplete(setup.data, choices) || pending}
          >
            {pending ? t(m.creating) : t(m.confirm)}
          </button>
        </div>
      </form>
    </dialog>
  );
}
