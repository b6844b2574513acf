import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { channelName } from '../app/channel-names';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { messageTemplateMessages as m } from './messages';
import { TemplateEditor } from './TemplateEditor';
import '../app/page.css';
import './message-templates.css';

type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'template'; id: string };

/** The message template library (`/messages`): the workspace's templates and an editor for one. */
export function MessagesPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.messageTemplates.list.queryOptions());
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const remove = useMutation(
    trpc.messageTemplates.remove.mutationOptions({
      onSuccess: async () => {
        setSelection({ kind: 'none' });
        await queryClient.invalidateQueries({ queryKey: trpc.messageTemplates.list.queryKey() });
      },
    }),
  );
  const templates = list.data ?? [];
  const selected = selection.kind === 'template' ? templates.find((item) => item.id === selection.id) : undefined;
  return (
    <main className="messages-page">
      <header className="page-header">
        <div>
          <h1>{t(m.title)}</h1>
          <p className="page-subtitle">{t(m.subtitle)}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button primary" onClick={() => setSelection({ kind: 'new' })}>
            {t(m.newTemplate)}
          </button>
        </div>
      </header>
      <div className="messages-layout">
        <nav className="template-list" aria-label={t(m.title)}>
          {list.isPending ? <p role="status">{t(m.loading)}</p> : null}
          {list.isError ? <p role="alert">{t(m.loadFailed)}</p> : null}
          {list.isSuccess && templates.length === 0 ? <p className="muted">{t(m.empty)}</p> : null}
          <ul>
            {templates.map((template) => (
              <li key={template.id} data-testid="template-row" aria-current={selected?.id === template.id}>
                <button type="button" onClick={() => setSelection({ kind: 'template', id: template.id })}>
                  {template.name} <span className="muted">· {channelName(template.channel, locale)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {selection.kind === 'new' ? (
          <TemplateEditor key="new" template={undefined} onSaved={(id) => setSelection({ kind: 'template', id })} />
        ) : selected ? (
          <div className="template-pane">
            <TemplateEditor key={selected.id} template={selected} onSaved={() => undefined} />
            <button
              type="button"
              className="button secondary danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: selected.id })}
            >
              {t(m.remove)}
            </button>
          </div>
        ) : null}
      </div>
    </main>
  );
}
