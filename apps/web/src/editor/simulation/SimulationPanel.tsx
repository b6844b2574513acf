import { useState } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { useEditor, useEditorStore } from '../store/editor-context';
import { selectProblems, selectSaveState } from '../store/selectors';
import { CustomerPicker } from './CustomerPicker';
import { ForcedVariants } from './ForcedVariants';
import { InjectedEvents } from './InjectedEvents';
import { KeyValueRows } from './KeyValueRows';
import { simulationMessages as m } from './messages';
import { problemText } from './problem-text';
import { RunResult } from './RunResult';
import {
  emptyForm,
  MAX_DAYS,
  toRunInput,
  type CustomerChoice,
  type FormProblem,
  type SimulationForm,
  type SimulationSource,
} from './sim-form';
import type { SimulationResult } from './sim-result-types';
import { useSimulation } from './use-simulation';
import { Play, ShieldCheck, X } from 'lucide-react';
import { Button } from '../../ui';
import './simulation.css';
import { useErrorText } from '../../app/error-text';
import type { Diagnostic } from '@wayfarer/journey';
import { issueText } from '../../app/issue-text';
import { useNodeLabels } from '../side-panel/use-node-labels';
import { useDescribeProblem } from '../side-panel/use-describe-problem';

type Sample = Extract<CustomerChoice, { kind: 'sample' }>;

function Problems({
  formProblems,
  draftProblems,
  run,
}: {
  formProblems: readonly FormProblem[];
  /** The draft's own compile problems, found in the browser before asking the server. */
  draftProblems: readonly Diagnostic[];
  run: ReturnType<typeof useSimulation>;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { locale } = useLocale();
  const labels = useNodeLabels();
  const describe = useDescribeProblem();
  if (formProblems.length === 0 && draftProblems.length === 0 && !run.error) return null;
  return (
    <div className="sim-problems" role="alert" data-testid="sim-problems">
      {formProblems.map((problem, index) => (
        <p key={index}>{t(...problemText(problem))}</p>
      ))}
      {run.error && <p>{t(m.runFailed, { message: errorText(run.error) })}</p>}
      {draftProblems.length > 0 && <p>{t(m.draftProblems)}</p>}
      <ul>
        {[...draftProblems, ...run.problems].map((problem, index) => (
          <li key={`p${index}`} data-testid="sim-problem" data-node-id={problem.nodeId ?? ''}>
            {problem.nodeId === undefined ? '' : `${labels[problem.nodeId] ?? ''}: `}
            {describe(problem)}
          </li>
        ))}
        {run.issues.map((issue, index) => (
          <li key={`i${index}`}>{issueText(issue, locale)}</li>
        ))}
      </ul>
    </div>
  );
}

function StartFields({ form, setForm }: { form: SimulationForm; setForm: (form: SimulationForm) => void }) {
  const t = useT();
  return (
    <fieldset className="sim-section">
      <legend>{t(m.startEvent)}</legend>
      <label className="sim-field">
        <span>{t(m.eventName)}</span>
        <input
          name="startEvent"
          value={form.startEvent.name}
          onChange={(event) => setForm({ ...form, startEvent: { ...form.startEvent, name: event.target.value } })}
        />
      </label>
      <div className="sim-field">
        <span>{t(m.properties)}</span>
        <KeyValueRows
          name="startProperties"
          rows={form.startEvent.properties}
          onChange={(properties) => setForm({ ...form, startEvent: { ...form.startEvent, properties } })}
        />
      </div>
      <label className="sim-field sim-field--narrow">
        <span>{t(m.days)}</span>
        <input
          name="days"
          type="number"
          min={1}
          max={MAX_DAYS}
          value={form.days}
          onChange={(event) => setForm({ ...form, days: event.target.value })}
        />
      </label>
    </fieldset>
  );
}

function SendingRules({ form, setForm }: { form: SimulationForm; setForm: (form: SimulationForm) => void }) {
  const t = useT();
  return (
    <div className="sim-section sim-rules">
      <label className="sim-check">
        <input
          type="checkbox"
          name="applySendingRules"
          checked={form.applySendingRules}
          onChange={(event) => setForm({ ...form, applySendingRules: event.target.checked })}
        />
        <span>{t(m.sendingRules)}</span>
      </label>
      {!form.applySendingRules && <p className="sim-muted">{t(m.sendingRulesOff)}</p>}
    </div>
  );
}

/** The test-run panel: who, which start event, how long, which events; then the simulated path. */
export function SimulationPanel({ journeyId, source }: { journeyId: string; source: SimulationSource }) {
  const t = useT();
  const { locale } = useLocale();
  const store = useEditorStore();
  const saveState = useEditor(selectSaveState);
  const [form, setForm] = useState(() => emptyForm(Intl.DateTimeFormat().resolvedOptions().timeZone, locale));
  const [sample, setSample] = useState(form.customer as Sample);
  const [formProblems, setFormProblems] = useState<readonly FormProblem[]>([]);
  const compileProblems = useEditor(selectProblems);
  const [draftProblems, setDraftProblems] = useState<readonly Diagnostic[]>([]);
  const run = useSimulation();
  const waitingForSave = source.kind === 'draft' && saveState !== 'saved';
  const submit = () => {
    const built = toRunInput(form, journeyId, source);
    setFormProblems(built.ok ? [] : built.problems);
    // Like publishing: a draft that does not compile is refused here, with the problems, not sent.
    const refused = source.kind === 'draft' ? compileProblems : [];
    setDraftProblems(refused);
    if (built.ok && refused.length === 0) run.start(built.input);
  };
  const setCustomer = (customer: CustomerChoice) => {
    if (customer.kind === 'sample') setSample(customer);
    setForm({ ...form, customer });
  };
  return (
    <aside className="sim-panel" data-testid="simulation-panel" aria-label={t(m.title)}>
      <header className="sim-panel__header">
        <h2>{t(m.title)}</h2>
        <Button
          variant="ghost"
          size="sm"
          icon={X}
          iconOnly
          data-testid="sim-close"
          onClick={() => store.getState().openInsightPanel(null)}
        >
          {t(m.close)}
        </Button>
      </header>
      <p className="sim-safe" data-testid="sim-safe-note">
        <ShieldCheck size={16} aria-hidden="true" />
        <span>
          {t(m.safeNote)} {t(source.kind === 'draft' ? m.sourceDraft : m.sourceVersion)}
        </span>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <CustomerPicker choice={form.customer} onChange={setCustomer} sample={sample} />
        <StartFields form={form} setForm={setForm} />
        <InjectedEvents rows={form.events} onChange={(events) => setForm({ ...form, events })} />
        <ForcedVariants chosen={form.variants} onChange={(variants) => setForm({ ...form, variants })} />
        <SendingRules form={form} setForm={setForm} />
        <Problems formProblems={formProblems} draftProblems={draftProblems} run={run} />
        <Button
          type="submit"
          variant="primary"
          block
          icon={Play}
          className="sim-run"
          data-testid="sim-run"
          disabled={run.pending || waitingForSave}
        >
          {run.pending ? t(m.running) : waitingForSave ? t(m.waitForSave) : t(m.run)}
        </Button>
      </form>
      {run.result && !run.pending && <RunResult result={run.result satisfies SimulationResult} />}
    </aside>
  );
}
