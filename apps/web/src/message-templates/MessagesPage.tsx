import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MessageSquareText, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { channelName } from '../app/channel-names';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Badge, Button, EmptyState, Page } from '../ui';
import { messageTemplateMessages as m } from './messages';
import { TemplateEditor } from './TemplateEditor';
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
    <Page
      className="messages-page"
      width="wide"
      title={t(m.title)}
      subtitle={t(m.subtitle)}
      actions={
        <Button variant="primary" icon={Plus} data-testid="new-template" onClick={() => setSelection({ kind: 'new' })}>
          {t(m.newTemplate)}
        </Button>
      }
    >
      <div className="messages-layout">
        <nav className="template-list" aria-label={t(m.title)}>
          {list.isPending ? <p role="status">{t(m.loading)}</p> : null}
          {list.isError ? <p role="alert">{t(m.loadFailed)}</p> : null}
          {list.isSuccess && templates.length === 0 ? <p className="muted template-list__empty">{t(m.empty)}</p> : null}
          <ul>
            {templates.map((template) => (
              <li key={template.id} data-testid="template-row">
                <button
                  type="button"
                  aria-current={selected?.id === template.id}
                  onClick={() => setSelection({ kind: 'template', id: template.id })}
                >
                  <span className="template-list__name">{template.name}</span>
                  <Badge>{channelName(template.channel, locale)}</Badge>
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
            <div>
              <Button
                variant="danger-ghost"
                icon={Trash2}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: selected.id })}
              >
                {t(m.remove)}
              </Button>
            </div>
          </div>
        ) : (
          <EmptyState icon={MessageSquareText} compact>
            {t(m.pickOne)}
          </EmptyState>
        )}
      </div>
    </Page>
  );
}
