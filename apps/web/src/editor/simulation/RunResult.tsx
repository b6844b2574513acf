import { useEffect, useRef } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { useNodeLabels } from '../side-panel/use-node-labels';
import { simulationMessages as m } from './messages';
import type { SimulatedMessage, SimulatedStep, SimulationResult } from './sim-result-types';
import { messageOutcome } from '../../app/message-outcomes';
import { offsetOf } from './sim-time';
import { changeText, rewardText } from './run-facts';
import { Gift } from 'lucide-react';
import { channelName } from '../../app/channel-names';
import { exitReasonText } from '../../app/exit-reason';
import { portLabel } from '../../app/port-label';
import { useEditor, useEditorDeps } from '../store/editor-context';
import { selectNodes } from '../store/selectors';

function Outcome({ result, stepName }: { result: SimulationResult; stepName: (stepId: string) => string }) {
  const t = useT();
  const { locale } = useLocale();
  const at = (iso: string) => t(m.stepAt, offsetOf(result.startedAt, iso));
  const text =
    result.outcome === 'completed'
      ? t(m.outcomeCompleted)
      : result.outcome === 'exited'
        ? t(m.outcomeExited, {
            reason: result.exitReason === null ? '—' : exitReasonText(result.exitReason, stepName, locale),
          })
        : t(m.outcomeWaiting);
  return (
    <div className="sim-outcome" data-testid="sim-outcome" data-outcome={result.outcome}>
      <strong>{text}</strong>
      {result.goalReachedAt !== null && <span>{t(m.goalReached, { at: at(result.goalReachedAt) })}</span>}
      <span className="sim-muted">{t(m.elapsed, { seconds: (result.elapsedMs / 1000).toFixed(1) })}</span>
    </div>
  );
}

/** `skipped · no address on this channel`, `deferred · quiet hours · tried again day 1, 09:00`. */
function MessageOutcome({ message, startedAt }: { message: SimulatedMessage; startedAt: string }) {
  const t = useT();
  const { locale } = useLocale();
  if (message.status === undefined || message.status === 'sent') return null;
  const until =
    message.until === undefined
      ? ''
      : ` · ${t(m.deferredUntil, { at: t(m.stepAt, offsetOf(startedAt, message.until)) })}`;
  const detail = message.status === 'failed' && message.detail ? ` — ${message.detail}` : '';
  return (
    <div
      className={`sim-message__outcome sim-message__outcome--${message.status}`}
      data-testid="sim-message-outcome"
      data-status={message.status}
      data-reason={message.reason ?? ''}
    >
      {messageOutcome(message.status, message.reason ?? null, locale)}
      {until}
      {detail}
    </div>
  );
}

interface StepItemProps {
  step: SimulatedStep;
  startedAt: string;
  title: string;
  /** The words for the exit the step left by. */
  portName: (port: string) => string;
}

function StepItem({ step, startedAt, title, portName }: StepItemProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <li
      className="sim-step"
      data-testid="sim-step"
      data-step-id={step.stepId}
      data-port={step.port ?? ''}
      data-entry={step.entry}
    >
      {step.entry > 1 && <div className="sim-step__entry">{t(m.laterEntry, { entry: step.entry })}</div>}
      <div className="sim-step__head">
        <span className="sim-step__title">{title}</span>
        <time dateTime={step.enteredAt} title={new Date(step.enteredAt).toLocaleString()}>
          {t(m.stepAt, offsetOf(startedAt, step.enteredAt))}
        </time>
      </div>
      <div className="sim-muted">
        {step.port === null ? t(m.stillHere) : t(m.leftBy, { port: portName(step.port) })}
      </div>
      {step.messages.map((message, index) => (
        <div className="sim-message" data-testid="sim-message" data-channel={message.channel} key={`m${index}`}>
          <div className="sim-message__label">{t(m.message, { channel: channelName(message.channel, locale) })}</div>
          <MessageOutcome message={message} startedAt={startedAt} />
          {message.subject && <div className="sim-message__subject">{message.subject}</div>}
          <pre className="sim-message__body">{message.body}</pre>
        </div>
      ))}
      {step.rewards.map((reward, index) => (
        <div className="sim-note" data-testid="sim-reward" data-kind={reward.kind} key={`r${index}`}>
          <Gift size={14} aria-hidden="true" /> {t(m.reward, { text: rewardText(reward, t) })}
        </div>
      ))}
      {step.changes.map((change, index) => (
        <div className="sim-note" data-testid="sim-change" data-kind={change.kind} key={`c${index}`}>
          ✎ {t(m.change, { text: changeText(change, t) })}
        </div>
      ))}
    </li>
  );
}

/** The simulated path: outcome, then every step with its simulated time, messages and rewards. */
export function RunResult({ result }: { result: SimulationResult }) {
  const t = useT();
  const labels = useNodeLabels();
  const { locale } = useLocale();
  const nodes = useEditor(selectNodes);
  const { catalog } = useEditorDeps();
  const stepName = (stepId: string) => labels[stepId] ?? '…';
  const portName = (stepId: string, port: string) => {
    const node = nodes.find((candidate) => candidate.id === stepId);
    return node === undefined ? port : portLabel(catalog.registry, node.type, node.data.config, port, locale);
  };
  const ref = useRef<HTMLDivElement>(null);
  // The form is long: bring the answer into view when it arrives.
  useEffect(() => {
    // A block body: Chromium's scroll methods return a promise, which React would take for a cleanup.
    ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [result]);
  return (
    <div className="sim-result" data-testid="sim-result" ref={ref}>
      <Outcome result={result} stepName={stepName} />
      {result.steps.length === 0 ? (
        <p className="sim-muted">{t(m.noSteps)}</p>
      ) : (
        <ol className="sim-steps">
          {result.steps.map((step) => (
            <StepItem
              key={`${step.entry}:${step.stepId}#${step.visit}`}
              step={step}
              startedAt={result.startedAt}
              title={stepName(step.stepId)}
              portName={(port) => portName(step.stepId, port)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
