import { useQuery } from '@tanstack/react-query';
import { templateTagLabels, templateTags, type TemplateTag } from '@wayfarer/templates';
import { useState } from 'react';
import { ArrowLeft, FilePlus } from 'lucide-react';
import { useErrorText } from '../app/error-text';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { templateMessages } from './messages';
import { TemplateCard } from './TemplateCard';
import { TemplateSetupDialog } from './TemplateSetupDialog';
import type { TemplateSummary } from './template-types';
import { useCreateFromTemplate } from './use-create-from-template';
import { Button, ButtonLink, EmptyState, Page, SegmentedControl } from '../ui';
import './templates.css';

/** The templates gallery (`/templates`): pick a playbook, get a draft journey, land in the editor. */
export function TemplatesPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const templates = useQuery({ ...trpc.templates.list.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
  const [tag, setTag] = useState<TemplateTag | undefined>(undefined);
  const errorText = useErrorText();
  const { create, pendingId, failed } = useCreateFromTemplate();
  // "Use template" first asks for what the journey needs (channel, rewards, segments), then creates it.
  const [settingUp, setSettingUp] = useState<TemplateSummary | null>(null);
  const shown = (templates.data ?? []).filter((template) => tag === undefined || template.tags.includes(tag));
  const usedTags = templateTags.filter((candidate) =>
    templates.data?.some((template) => template.tags.includes(candidate)),
  );

  return (
    <Page
      className="templates-page"
      width="wide"
      back={
        <ButtonLink href="/" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
          {t(templateMessages.backToJourneys)}
        </ButtonLink>
      }
      title={t(templateMessages.title)}
      subtitle={t(templateMessages.subtitle)}
    >
      {templates.isPending ? (
        <p className="muted" role="status">
          {t(templateMessages.loading)}
        </p>
      ) : templates.isError ? (
        <EmptyState
          compact
          role="alert"
          actions={<Button onClick={() => void templates.refetch()}>{t(templateMessages.retry)}</Button>}
        >
          {t(templateMessages.loadFailed)}
        </EmptyState>
      ) : (
        <>
          <div className="tag-filter">
            <SegmentedControl
              label={t(templateMessages.filterLabel)}
              value={tag}
              onChange={setTag}
              options={[undefined, ...usedTags].map((option) => ({
                value: option,
                label: option === undefined ? t(templateMessages.allTags) : templateTagLabels[option][locale],
              }))}
            />
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
              <FilePlus size={24} aria-hidden="true" className="blank-card__icon" />
              <h2>{t(templateMessages.blankTitle)}</h2>
              <p className="template-description">{t(templateMessages.blankBody)}</p>
              <ButtonLink href="/?new=1" data-testid="start-blank">
                {t(templateMessages.blankAction)}
              </ButtonLink>
            </aside>
          </div>
        </>
      )}
      {settingUp === null ? null : (
        <TemplateSetupDialog
          template={settingUp}
          pending={pendingId === settingUp.id}
          error={failed?.templateId === settingUp.id ? errorText(failed.error) : null}
          onCreate={(choices) => create(settingUp, choices)}
          onClose={() => setSettingUp(null)}
        />
      )}
    </Page>
  );
}
