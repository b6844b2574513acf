import { useT } from '../app/i18n';
import { JourneyRow, type JourneyRowProps } from './JourneyRow';
import type { JourneyListEntry } from './journey-types';
import { journeyMessages } from './messages';
import { useNow } from './use-now';

export interface JourneyTableProps extends Omit<JourneyRowProps, 'journey' | 'now' | 'busy'> {
  journeys: readonly JourneyListEntry[];
  /** The journey an action is running on (its buttons are disabled meanwhile). */
  busyId: string | null;
}

/** The journeys as a table: name, status, live version, last edited, actions. */
export function JourneyTable({ journeys, busyId, ...actions }: JourneyTableProps) {
  const t = useT();
  const now = useNow(30_000);
  return (
    <table className="journey-table">
      <thead>
        <tr>
          <th scope="col">{t(journeyMessages.columnName)}</th>
          <th scope="col" className="col-status">
            {t(journeyMessages.columnStatus)}
          </th>
          <th scope="col" className="col-version">
            {t(journeyMessages.columnVersion)}
          </th>
          <th scope="col" className="col-edited">
            {t(journeyMessages.columnEdited)}
          </th>
          <th scope="col" className="cell-actions">
            <span className="visually-hidden">{t(journeyMessages.columnActions)}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {journeys.map((journey) => (
          <JourneyRow key={journey.id} journey={journey} now={now} busy={busyId === journey.id} {...actions} />
        ))}
      </tbody>
    </table>
  );
}
