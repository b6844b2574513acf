import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { channelName } from '../app/channel-names';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { channelOf, contentOf, withContent } from './content-value';
import { CustomerPreview } from './CustomerPreview';
import { useMessageLibraryApi } from './library-context';
import { messageTemplateMessages as m } from './messages';
import { Button } from '../ui';
import { ErrorNotice } from '../app/ErrorNotice';

export interface MessageLibraryBarProps {
  /** The node's config, holding a message's content beside its channel. */
  config: unknown;
  /** Where the config keeps its channel (the editor facet's `messageContent.channelField`). */
  channelField: string;
  readOnly: boolean;
  onChange: (config: unknown) => void;
}

/**
 * The message library from a node's inspector: insert a template's content (a copy, so a published
 * journey never depends on the library), save the node's message as a template, and preview it
 * for a real customer. Nothing without the library API (see MessageLibraryProvider).
 */
export function MessageLibraryBar(props: MessageLibraryBarProps) {
  return useMessageLibraryApi() ? <LibraryBar {...props} /> : null;
}

function LibraryBar({ config, channelField, readOnly, onChange }: MessageLibraryBarProps) {
  const t = useT();
  const id = useId();
  const channel = channelOf(config, channelField);
  const content = contentOf(config);
  return (
    <section className="message-library-bar" data-testid="message-library" aria-label={t(m.library)}>
      {readOnly ? null : (
        <>
          <InsertFromLibrary id={id} config={config} channelField={channelField} onChange={onChange} />
          <SaveToLibrary id={id} config={config} channelField={channelField} />
        </>
      )}
      <CustomerPreview channel={channel} content={content} />
    </section>
  );
}

function InsertFromLibrary({
  id,
  config,
  channelField,
  onChange,
}: { id: string } & Omit<MessageLibraryBarProps, 'readOnly'>) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const list = useQuery(trpc.messageTemplates.list.queryOptions());
  const [chosen, setChosen] = useState('');
  const template = list.data?.find((item) => item.id === chosen);
  return (
    <div className="library-row">
      <label htmlFor={`${id}-insert`}>{t(m.insert)}</label>
      <select id={`${id}-insert`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t(m.chooseTemplate)}</option>
        {(list.data ?? []).map((item) => (
          <option key={item.id} value={item.id}>
            {item.name} · {channelName(item.channel, locale)}
          </option>
        ))}
      </select>
      <Button
        size="sm"
        disabled={template === undefined}
        onClick={() => {
          if (template) onChange(withContent(config, template, channelField));
          setChosen('');
        }}
      >
        {t(m.insertButton)}
      </Button>
    </div>
  );
}

function SaveToLibrary({ id, config, channelField }: { id: string; config: unknown; channelField: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const save = useMutation(
    trpc.messageTemplates.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.messageTemplates.list.queryKey() }),
    }),
  );
  const channel = channelOf(config, channelField);
  return (
    <div className="library-row">
      <label htmlFor={`${id}-save`}>{t(m.saveToLibrary)}</label>
      <input
        id={`${id}-save`}
        placeholder={t(m.name)}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          save.reset();
        }}
      />
      <Button
        size="sm"
        disabled={channel === undefined || name.trim() === '' || save.isPending}
        onClick={() => channel && save.mutate({ name, channel, content: contentOf(config) })}
      >
        {t(m.saveToLibrary)}
      </Button>
      {save.isSuccess ? <span role="status">{t(m.saved)}</span> : null}
      {save.isError ? <ErrorNotice error={save.error} lead={m.saveFailed} /> : null}
    </div>
  );
}
