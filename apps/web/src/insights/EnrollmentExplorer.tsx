import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useDebouncedValue } from '../journeys/use-debounced-value';
import { EnrollmentDetail } from './EnrollmentDetail';
import { insightMessages as m } from './messages';
import { statusLabel } from './status-label';
import { useAtFormat } from './use-at-format';
import { SearchInput } from '../ui';
import { ErrorNotice } from '../app/ErrorNotice';

/** Search a customer → their enrollments in this journey → one enrollment's path and state. */
export function EnrollmentExplorer({ journeyId }: { journeyId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const at = useAtFormat();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const found = useQuery({
    ...trpc.enrollments.find.queryOptions({ journeyId, query, limit: 20 }),
    enabled: query !== '',
  });
  return (
    <section className="ui-card insights-card" data-testid="enrollment-explorer">
      <h2>{t(m.explorer)}</h2>
      <SearchInput
        className="insights-search"
        data-testid="enrollment-search"
        placeholder={t(m.explorerHint)}
        label={t(m.explorer)}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {found.isError && <ErrorNotice error={found.error} lead={m.loadFailed} />}
      {found.isSuccess && found.data.length === 0 && <p className="insights-muted">{t(m.noEnrollments, { query })}</p>}
      <div className="explorer">
        <ul className="explorer__list">
          {found.data?.map((row) => (
            <li key={row.enrollmentId}>
              <button
                type="button"
                className={row.enrollmentId === chosen ? 'explorer__item is-chosen' : 'explorer__item'}
                data-testid="enrollment-row"
                data-enrollment-id={row.enrollmentId}
                data-status={row.status}
                onClick={() => setChosen(row.enrollmentId)}
              >
                <span>{row.displayName ?? row.externalId}</span>
                <span className="insights-muted">
                  {t(statusLabel(row.status))} · {at(row.enteredAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {chosen !== null && <EnrollmentDetail key={chosen} journeyId={journeyId} enrollmentId={chosen} />}
      </div>
    </section>
  );
}
