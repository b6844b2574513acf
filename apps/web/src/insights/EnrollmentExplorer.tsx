import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useDebouncedValue } from '../journeys/use-debounced-value';
import { EnrollmentDetail } from './EnrollmentDetail';
import { insightMessages as m } from './messages';
import { statusLabel } from './status-label';
import { useAtFormat } from './use-at-format';
import { useVersionSteps } from './use-step-labels';
import { PlaceSelect, placeOf } from './PlaceSelect';
import { Button, SearchInput } from '../ui';
import { ErrorNotice } from '../app/ErrorNotice';

const PAGE_SIZE = 20;

/**
 * Search a customer, or pick a place (waiting at a step, gone by one of its exits) → their
 * enrollments in this journey, newest first, page by page → one enrollment's path and state.
 */
export function EnrollmentExplorer({ journeyId, versionId }: { journeyId: string; versionId: string | undefined }) {
  const t = useT();
  const trpc = useTRPC();
  const at = useAtFormat();
  const steps = useVersionSteps(versionId);
  const [text, setText] = useState('');
  const [place, setPlace] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const where = placeOf(place);
  const found = useInfiniteQuery({
    ...trpc.enrollments.find.infiniteQueryOptions(
      { journeyId, query: query === '' ? undefined : query, at: where, limit: PAGE_SIZE },
      {
        getNextPageParam: (page) => {
          const last = page.at(-1);
          return page.length < PAGE_SIZE || last === undefined
            ? undefined
            : { enteredAt: last.enteredAt, enrollmentId: last.enrollmentId };
        },
      },
    ),
    enabled: query !== '' || where !== undefined,
  });
  const rows = found.data?.pages.flat() ?? [];
  return (
    <section className="ui-card insights-card" data-testid="enrollment-explorer">
      <h2>{t(m.explorer)}</h2>
      <div className="ui-form-row explorer__filters">
        <SearchInput
          className="insights-search"
          data-testid="enrollment-search"
          placeholder={t(m.explorerHint)}
          label={t(m.explorer)}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <PlaceSelect places={steps.places} value={place} onChange={setPlace} />
      </div>
      {found.isError && <ErrorNotice error={found.error} lead={m.loadFailed} />}
      {found.isSuccess && rows.length === 0 && (
        <p className="insights-muted">{query === '' ? t(m.nobodyThere) : t(m.noEnrollments, { query })}</p>
      )}
      <div className="explorer">
        <div>
          <ul className="explorer__list">
            {rows.map((row) => (
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
          {found.hasNextPage && (
            <Button
              size="sm"
              variant="ghost"
              data-testid="enrollment-more"
              disabled={found.isFetchingNextPage}
              onClick={() => void found.fetchNextPage()}
            >
              {t(m.showMore)}
            </Button>
          )}
        </div>
        {chosen !== null && <EnrollmentDetail key={chosen} journeyId={journeyId} enrollmentId={chosen} />}
      </div>
    </section>
  );
}
