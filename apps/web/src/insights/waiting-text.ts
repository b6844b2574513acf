import type { LocalizedText } from '../app/i18n';
import { insightMessages as m } from './messages';

/** What a running enrollment waits for, as the workflow's `state` query reports it. */
export type WaitingFor = { kind: 'timer'; until: string } | { kind: 'event'; event: string; until: string } | null;

/** The sentence for `waiting` and its placeholders; `formatAt` prints an instant in the UI language. */
export function waitingText(
  waiting: WaitingFor,
  formatAt: (iso: string) => string,
): [LocalizedText, Record<string, string>] {
  if (waiting === null) return [m.waitingWork, {}];
  switch (waiting.kind) {
    case 'timer':
      return [m.waitingTimer, { until: formatAt(waiting.until) }];
    case 'event':
      return waiting.until === ''
        ? [m.waitingEventForever, { event: waiting.event }]
        : [m.waitingEvent, { event: waiting.event, until: formatAt(waiting.until) }];
    default: {
      const unreachable: never = waiting;
      return unreachable;
    }
  }
}
