import { Check } from 'lucide-react';
import { useT } from '../app/i18n';
import { wizardMessages as m } from './wizard-messages';

const wizardSteps = ['file', 'map', 'preview', 'list'] as const;
export type WizardStep = (typeof wizardSteps)[number];

const labels = { file: m.stepFile, map: m.stepMap, preview: m.stepPreview, list: m.stepList } as const;

/** Where the marketer is in the wizard: the steps done, the current one, the ones to come. */
export function WizardSteps({ current }: { current: WizardStep }) {
  const t = useT();
  const at = wizardSteps.indexOf(current);
  return (
    <ol className="wizard-steps" aria-label={t(m.steps)} data-testid="import-steps" data-step={current}>
      {wizardSteps.map((step, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'next';
        return (
          <li
            key={step}
            className="wizard-steps__step"
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="wizard-steps__number" aria-hidden="true">
              {state === 'done' ? <Check size={14} /> : index + 1}
            </span>
            {t(labels[step])}
          </li>
        );
      })}
    </ol>
  );
}
