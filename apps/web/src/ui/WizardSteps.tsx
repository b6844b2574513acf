import { Check } from 'lucide-react';
import './steps.css';

export interface WizardStepsProps<S extends string> {
  /** The steps in order, each with its label in words. */
  steps: readonly { id: S; label: string }[];
  current: S;
  /** The list's accessible name, e.g. "Steps". */
  label: string;
  testId?: string;
}

/** Where the user is in a wizard: the steps done, the current one, the ones to come. */
export function WizardSteps<S extends string>({ steps, current, label, testId }: WizardStepsProps<S>) {
  const at = steps.findIndex((step) => step.id === current);
  return (
    <ol className="wizard-steps" aria-label={label} data-testid={testId} data-step={current}>
      {steps.map((step, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'next';
        return (
          <li
            key={step.id}
            className="wizard-steps__step"
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="wizard-steps__number" aria-hidden="true">
              {state === 'done' ? <Check size={14} /> : index + 1}
            </span>
            {step.label}
          </li>
        );
      })}
    </ol>
  );
}
