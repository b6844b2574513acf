import { useT } from '../app/i18n';
import { Table, TableHead } from '../ui';
import { JourneyRow, type JourneyRowProps } from './JourneyRow';
import type { JourneyListEntry } from './journey-types';
import { journeyMessages } from './messages';
import { useJourneyStats } from './use-journey-stats';
import { useNow } from './use-now';

export interface JourneyTableProps extends Omit<JourneyRowProps, 'journey' | 'stats' | 'now' | 'busy'> {
  journeys: readonly JourneyListEntry[];
  /** The journey an action is running on (its buttons are disabled meanwhile). */
  busyId: string | null;
  refreshing: boolean;
}

/** The journeys as a table: name, status (with the live version), customers entered / inside / converted, last edited (when, by whom), actions. */
export function JourneyTable({ journeys, busyId, refreshing, ...actions }: JourneyTableProps) {
  const t = useT();
  const now = useNow(30_000);
  const stats = useJourneyStats(journeys.map((journey) => journey.id));
  return (
    <Table
      className="journey-table"
      refreshing={refreshing}
      footer={
        journeys.length === 1 ? t(journeyMessages.countOne) : t(journeyMessages.count, { count: journeys.length })
      }
    >
      <TableHead
        columns={[
          t(journeyMessages.columnName),
          { label: t(journeyMessages.columnStatus), className: 'col-status' },
          { label: t(journeyMessages.columnEntered), className: 'col-count' },
          { label: t(journeyMessages.columnActive), className: 'col-count' },
          { label: t(journeyMessages.columnConverted), className: 'col-count' },
          { label: t(journeyMessages.columnEdited), className: 'col-edited' },
        ]}
        actions={t(journeyMessages.columnActions)}
      />
      <tbody>
        {journeys.map((journey) => (
          <JourneyRow
            key={journey.id}
            journey={journey}
            stats={stats.get(journey.id)}
            now={now}
            busy={busyId === journey.id}
            {...actions}
          />
        ))}
      </tbody>
    </Table>
  );
}
