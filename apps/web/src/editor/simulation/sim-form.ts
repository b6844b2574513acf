// The test-run form as typed, and its translation into `simulation.run`'s input. Pure.
import { parseList, parseScalar } from '../../segments/scalar';
import { atHours } from './sim-time';

export interface KeyValueRow {
  key: string;
  value: string;
}

export interface InjectedEventRow {
  day: string;
  time: string;
  name: string;
  properties: KeyValueRow[];
}

export type CustomerChoice =
  | { kind: 'existing'; customerId: string | null; label: string }
  | {
      kind: 'sample';
      externalId: string;
      attributes: KeyValueRow[];
      tags: string;
      timezone: string;
      locale: string;
      points: string;
    };

export interface SimulationForm {
  customer: CustomerChoice;
  startEvent: { name: string; properties: KeyValueRow[] };
  days: string;
  events: InjectedEventRow[];
  /** A forced variant per experiment step ('' or absent: drawn at random, as live). */
  variants: Record<string, string>;
  /** Whether the workspace's consent, caps and quiet hours apply (as they will for real). */
  applySendingRules: boolean;
}

export type SimulationSource = { kind: 'draft' } | { kind: 'version'; versionId: string };

export type Scalar = string | number | boolean;

export type SampleCustomer = {
  kind: 'sample';
  externalId?: string;
  attributes: Record<string, Scalar>;
  tags: string[];
  timezone: string;
  locale: string;
  points?: number;
};

export interface SimulationInput {
  journeyId: string;
  source: SimulationSource;
  customer: { kind: 'existing'; customerId: string } | SampleCustomer;
  startEvent: { name: string; properties: Record<string, Scalar> };
  days: number;
  events: { atHours: number; name: string; properties: Record<string, Scalar> }[];
  /** Forced experiment variants: step id → arm (0 = A). */
  variants?: Record<string, number>;
  sendingRules: 'apply' | 'ignore';
}

/** What is wrong with the form; `index` names the injected event. */
export type FormProblem =
  { code: 'customer' | 'start_event' | 'days' | 'points' } | { code: 'event_time' | 'event_name'; index: number };

export const MAX_DAYS = 365;

export function emptyForm(timezone: string, locale: string): SimulationForm {
  return {
    customer: {
      kind: 'sample',
      externalId: '',
      attributes: [{ key: 'name', value: '' }],
      tags: '',
      timezone,
      locale,
      points: '',
    },
    startEvent: { name: '', properties: [] },
    days: '30',
    events: [],
    variants: {},
    applySendingRules: true,
  };
}

/** Rows → a record; blank keys are skipped, values keep numbers and true/false. */
export function rowsToRecord(rows: readonly KeyValueRow[]): Record<string, Scalar> {
  return Object.fromEntries(
    rows.filter((row) => row.key.trim() !== '').map((row) => [row.key.trim(), parseScalar(row.value)]),
  );
}

function customerInput(choice: CustomerChoice, problems: FormProblem[]): SimulationInput['customer'] | null {
  if (choice.kind === 'existing') {
    if (choice.customerId === null) problems.push({ code: 'customer' });
    return choice.customerId === null ? null : { kind: 'existing', customerId: choice.customerId };
  }
  const points = choice.points.trim() === '' ? undefined : Number(choice.points);
  if (points !== undefined && !Number.isInteger(points)) problems.push({ code: 'points' });
  return {
    kind: 'sample',
    ...(choice.externalId.trim() === '' ? {} : { externalId: choice.externalId.trim() }),
    attributes: rowsToRecord(choice.attributes),
    tags: parseList(choice.tags),
    timezone: choice.timezone,
    locale: choice.locale,
    ...(points === undefined ? {} : { points }),
  };
}

function eventInput(row: InjectedEventRow, index: number, problems: FormProblem[]) {
  const hours = atHours(Number(row.day), row.time);
  if (row.day.trim() === '' || hours === null) problems.push({ code: 'event_time', index });
  if (row.name.trim() === '') problems.push({ code: 'event_name', index });
  return { atHours: hours ?? 0, name: row.name.trim(), properties: rowsToRecord(row.properties) };
}

/** The run's input, or every problem of the form (shown beside the fields). */
export function toRunInput(
  form: SimulationForm,
  journeyId: string,
  source: SimulationSource,
): { ok: true; input: SimulationInput } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const customer = customerInput(form.customer, problems);
  if (form.startEvent.name.trim() === '') problems.push({ code: 'start_event' });
  const days = Number(form.days);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) problems.push({ code: 'days' });
  const events = form.events.map((row, index) => eventInput(row, index, problems));
  if (problems.length > 0 || customer === null) return { ok: false, problems };
  const forced = Object.entries(form.variants).filter(([, arm]) => arm !== '');
  return {
    ok: true,
    input: {
      journeyId,
      source,
      customer,
      startEvent: { name: form.startEvent.name.trim(), properties: rowsToRecord(form.startEvent.properties) },
      days,
      events: [...events].sort((a, b) => a.atHours - b.atHours),
      sendingRules: form.applySendingRules ? 'apply' : 'ignore',
      ...(forced.length === 0
        ? {}
        : { variants: Object.fromEntries(forced.map(([step, arm]) => [step, Number(arm)])) }),
    },
  };
}
