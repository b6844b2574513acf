import { useQuery } from '@tanstack/react-query';
import { templateTagLabels, templateTags, type TemplateTag } from '@wayfarer/templates';
import { useState } from 'react';
import { Link } from 'wouter';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { templateMessages } from './messages';
import { TemplateCard } from './TemplateCard';
import { TemplateSetupDialog } from './TemplateSetupDialog';
import type { TemplateSummary } from './template-types';
import { useCreateFromTemplate } from './use-create-from-template';
import '../app/page.css';
import './templates.css';

/** The templates gallery (`/templates`): pick a playbook, get a draft journey, land in the editor. */
export function TemplatesPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const templates = useQuery({ ...trpc.templates.list.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
  const [tag, setTag] = useState<TemplateTag | undefined>(undefined);
  const { create, pendingId, failed } = useCreateFromTemplate();
  // "Use template" first asks for what the journey needs (channel, rewards, segments), then creates it.
  const [settingUp, setSettingUp] = useState<TemplateSummary | null>(null);
  const shown = (templates.data ?? []).filter((template) => tag === undefined || template.tags.includes(tag));
  const usedTags = templateTags.filter((candidate) =>
    templates.data?.some((template) => template.tags.includes(candidate)),
  );

  return (
    <main className="templates-page">
      <header className="page-header">
        <div>
          <Link href="/" className="back-link">
            {t(templateMessages.backToJourneys)}
          </Link>
          <h1>{t(templateMessages.title)}</h1>
          <p className="page-subtitle">{t(templateMessages.subtitle)}</p>
        </div>
      </header>
      {templates.isPending ? (
        <p className="loading" role="status">
          {t(templateMessages.loading)}
        </p>
      ) : templates.isError ? (
        <section className="empty-state compact" role="alert">
          <p>{t(templateMessages.loadFailed)}</p>
          <button type="button" className="button secondary" onClick={() => void templates.refetch()}>
            {t(templateMessages.retry)}
          </button>
        </section>
      ) : (
        <>
          <div className="tag-filter" role="group" aria-label={t(templateMessages.filterLabel)}>
            {[undefined, ...usedTags].map((option) => (
              <button
                key={option ?? 'all'}
                type="button"
                className="filter-chip"
                aria-pressed={tag === option}
                onClick={() => setTag(option)}
              >
                {option === undefined ? t(templateMessages.allTags) : templateTagLabels[option][locale]}
              </button>
            ))}
          </div>
          <div className="template-grid">
            {shown.map((template) => (
              <TemplateCard
                key={template.id}
                template={template}
                pending={pendingId === template.id}
                disabled={pendingId !== null}
                error={null}
                onUse={setSettingUp}
              />
            ))}
            <aside className="template-card blank-card">
              <h2>{t(templateMessages.blankTitle)}</h2>
              <p className="template-description">{t(templateMessages.blankBody)}</p>
              <Link href="/?new=1" className="button secondary" data-testid="start-blank">
                {t(templateMessages.blankAction)}
              </Link>
            </aside>
          </div>
        </>
      )}
      {settingUp === null ? null : (
        <TemplateSetupDialog
          template={settingUp}
          pending={pendingId === settingUp.id}
          error={failed?.templateId === settingUp.id ? failed.message : null}
          onCreate={(choices) => create(settingUp, choices)}
          onClose={() => setSettingUp(null)}
        />
      )}
    </main>
  );
}
