import { useMutation, useQueryClient } from '@tanstack/react-query';
import { channelNames } from '@wayfarer/channels/spec';
import { channelContentSchema } from '@wayfarer/nodes';
import { messageContentVisibility, messageContentWidgets } from '@wayfarer/nodes/editor';
import { useState } from 'react';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { SchemaForm } from '../editor/inspector';
import { channelOf, contentOf } from './content-value';
import { CustomerPreview } from './CustomerPreview';
import { messageTemplateMessages as m } from './messages';
import { Button, Card, Field } from '../ui';
import type { LibraryTemplate } from './template-types';
import { ErrorNotice } from '../app/ErrorNotice';

const visibility = messageContentVisibility('channel');
// A new template starts on the registry's first channel (LINE: the product's users are LINE-first).
const blank = { channel: channelNames[0], body: '' };

/**
 * Writes a library template: its name, then the channel and content with the send inspector's own
 * field editors (only the chosen channel's fields), beside a live preview for a real customer.
 */
export function TemplateEditor({
  template,
  onSaved,
}: {
  template: LibraryTemplate | undefined;
  onSaved: (id: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(template?.name ?? '');
  const [value, setValue] = useState<unknown>(template ? { channel: template.channel, ...template.content } : blank);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.messageTemplates.list.queryKey() });
  const create = useMutation(trpc.messageTemplates.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.messageTemplates.update.mutationOptions({ onSuccess: refresh }));
  const saving = template ? update : create;
  const channel = channelOf(value);
  const content = contentOf(value);

  const save = async () => {
    if (channel === undefined) return;
    const written = { name, channel, content };
    const saved = template
      ? await update.mutateAsync({ id: template.id, ...written })
      : await create.mutateAsync(written);
    onSaved(saved.id);
  };

  return (
    <div className="template-editor" data-testid="template-editor">
      <Card className="template-form">
        <Field label={t(m.name)}>
          {(control) => (
            <input {...control} value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
          )}
        </Field>
        <SchemaForm
          schema={channelContentSchema}
          widgets={messageContentWidgets}
          visibleWhen={visibility}
          value={value}
          onChange={setValue}
          locale={locale}
        />
        <div className="template-form__actions">
          <Button variant="primary" disabled={saving.isPending} onClick={() => void save().catch(() => undefined)}>
            {t(m.save)}
          </Button>
          {saving.isSuccess ? <span role="status">{t(m.saved)}</span> : null}
          {saving.isError ? <ErrorNotice error={saving.error} lead={m.saveFailed} /> : null}
        </div>
      </Card>
      <CustomerPreview channel={channel} content={content} />
    </div>
  );
}
