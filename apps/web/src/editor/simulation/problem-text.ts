import type { LocalizedText } from '../../app/i18n';
import { simulationMessages as m } from './messages';
import { MAX_DAYS, type FormProblem } from './sim-form';

/** The message of a form problem and its placeholders. */
export function problemText(problem: FormProblem): [LocalizedText, Record<string, string | number>] {
  switch (problem.code) {
    case 'customer':
      return [m.problemCustomer, {}];
    case 'start_event':
      return [m.problemStartEvent, {}];
    case 'days':
      return [m.problemDays, { max: MAX_DAYS }];
    case 'points':
      return [m.problemPoints, {}];
    case 'event_time':
      return [m.problemEventTime, { index: problem.index + 1 }];
    case 'event_name':
      return [m.problemEventName, { index: problem.index + 1 }];
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}
