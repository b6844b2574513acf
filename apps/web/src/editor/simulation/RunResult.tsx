import { useEffect, useRef } from 'react';
import { useT } from '../../app/i18n';
import { useNodeLabels } from '../side-panel/use-node-labels';
import { simulationMessages as m } from './messages';
import type { SimulatedStep, SimulationResult } from './sim-result-types';
import { offsetOf } from './sim-time';
import { Gift } from 'lucide-react';

function Outcome({ result }: { result: SimulationResult }) {
  const t = useT();
  const at = (iso: string) => t(m.stepAt, offsetOf(result.startedAt, iso));
  const text =
    result.outcome === 'completed'
      ? t(m.outcomeCompleted)
      : result.outcome === 'exited'
        ? t(m.outcomeExited, { reason: result.exitReason ?? '—' })
        : t(m.outcomeWaiting);
  return (
    <div className="sim-outcome" data-testid="sim-outcome" data-outcome={result.outcome}>
      <strong>{text}</strong>
      {result.goalReachedAt !== null && <span>{t(m.goalReached, { at: at(result.goalReachedAt) })}</span>}
      <span className="sim-muted">{t(m.elapsed, { seconds: (result.elapsedMs / 1000).toFixed(1) })}</span>
    </div>
  );
}

function StepItem({ step, startedAt, title }: { step: SimulatedStep; startedAt: string; title: string }) {
  const t = useT();
  return (
    <li className="sim-step" data-testid="sim-step" data-step-id={step.stepId} data-port={step.port ?? ''}>
      <div className="sim-step__head">
        <span className="sim-step__title">{title}</span>
        <time dateTime={step.enteredAt} title={new Date(step.enteredAt).toLocaleString()}>
          {t(m.stepAt, offsetOf(startedAt, step.enteredAt))}
        </time>
      </div>
      <div className="sim-muted">{step.port === null ? t(m.stillHere) : t(m.leftBy, { port: step.port })}</div>
      {step.messages.map((message, index) => (
        <div className="sim-message" data-testid="sim-message" data-channel={message.channel} key={`m${index}`}>
          <div className="sim-message__label">{t(m.message, { channel: message.channel })}</div>
          {message.subject && <div className="sim-message__subject">{message.subject}</div>}
          <pre className="sim-message__body">{message.body}</pre>
        </div>
      ))}
      {step.rewards.map((reward, index) => (
        <div className="sim-note" data-testid="sim-reward" key={`r${index}`}>
          <Gift size={14} aria-hidden="true" /> {t(m.reward)}: {reward.summary}
        </div>
      ))}
      {step.changes.map((change, index) => (
        <div className="sim-note" data-testid="sim-change" key={`c${index}`}>
          ✎ {t(m.change)}: {change.summary}
        </div>
      ))}
    </li>
  );
}

/** The simulated path: outcome, then every step with its simulated time, messages and rewards. */
export function RunResult({ result }: { result: SimulationResult }) {
  const t = useT();
  const labels = useNodeLabels();
  const ref = useRef<HTMLDivElement>(null);
  // The form is long: bring the answer into view when it arrives.
  useEffect(() => {
    // A block body: Chromium's scroll methods return a promise, which React would take for a cleanup.
    ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [result]);
  return (
    <div className="sim-result" data-testid="sim-result" ref={ref}>
      <Outcome result={result} />
      {result.steps.length === 0 ? (
        <p className="sim-muted">{t(m.noSteps)}</p>
      ) : (
        <ol className="sim-steps">
          {result.steps.map((step) => (
            <StepItem
              key={`${step.stepId}#${step.visit}`}
              step={step}
              startedAt={result.startedAt}
              title={labels[step.stepId] ?? step.stepId}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
