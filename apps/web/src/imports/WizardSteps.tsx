import { useT } from '../app/i18n';
import { WizardSteps as Steps } from '../ui';
import { wizardMessages as m } from './wizard-messages';

const wizardSteps = ['file', 'map', 'preview', 'list'] as const;
export type WizardStep = (typeof wizardSteps)[number];

const labels = { file: m.stepFile, map: m.stepMap, preview: m.stepPreview, list: m.stepList } as const;

/** Where the marketer is in the import wizard. */
export function WizardSteps({ current }: { current: WizardStep }) {
  const t = useT();
  const steps = wizardSteps.map((id) => ({ id, label: t(labels[id]) }));
  return <Steps steps={steps} current={current} label={t(m.steps)} testId="import-steps" />;
}
