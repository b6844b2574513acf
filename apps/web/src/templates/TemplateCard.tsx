import { templateTagLabels } from '@wayfarer/templates';
import { editorRegistry, nodeRegistry } from '../app/node-registry';
import { format, useLocale, useT } from '../app/i18n';
import { NodeIcon } from '../app/NodeIcon';
import { Badge, Button } from '../ui';
import { ErrorNotice } from '../app/ErrorNotice';
import { templateMessages } from './messages';
import type { TemplateSummary } from './template-types';
import { TemplatePreview } from './TemplatePreview';

export interface TemplateCardProps {
  template: TemplateSummary;
  pending: boolean;
  disabled: boolean;
  error: unknown;
  onUse: (template: TemplateSummary) => void;
}

/** One template: outline, name, description, the step types it uses, and "Use template". */
export function TemplateCard({ template, pending, disabled, error, onUse }: TemplateCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const name = template.name[locale];
  return (
    <article
      className="template-card"
      data-testid="template-card"
      data-template-id={template.id}
      aria-labelledby={`template-${template.id}`}
    >
      <div className="template-preview-frame">
        <TemplatePreview outline={template.preview} label={format(t(templateMessages.previewLabel), { name })} />
      </div>
      <div className="template-body">
        <ul className="template-tags" aria-label={t(templateMessages.tagsLabel)}>
          {template.tags.map((tag) => (
            <li key={tag}>
              <Badge tone="primary">{templateTagLabels[tag][locale]}</Badge>
            </li>
          ))}
        </ul>
        <h2 id={`template-${template.id}`}>{name}</h2>
        <p className="template-description">{template.description[locale]}</p>
        <div className="template-steps">
          <span className="template-steps-label">{t(templateMessages.stepsUsed)}</span>
          <ul data-testid="template-node-types">
            {template.nodeTypes.map((type) => (
              <li key={type} data-node-type={type} title={nodeRegistry.get(type)?.description[locale]}>
                <NodeIcon name={editorRegistry.get(type)?.icon} category={nodeRegistry.get(type)?.category} size={14} />
                {nodeRegistry.get(type)?.title[locale] ?? type}
              </li>
            ))}
          </ul>
        </div>
        {error === null ? null : <ErrorNotice error={error} lead={templateMessages.createFailed} />}
      </div>
      <footer className="template-footer">
        <span className="muted">{t(templateMessages.stepCount, { count: template.preview.nodes.length })}</span>
        <Button variant="primary" data-testid="use-template" disabled={disabled} onClick={() => onUse(template)}>
          {pending ? t(templateMessages.creating) : t(templateMessages.useTemplate)}
        </Button>
      </footer>
    </article>
  );
}
