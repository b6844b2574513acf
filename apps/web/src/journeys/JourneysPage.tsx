import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { isFiltered, listInput } from './journey-filters';
import type { JourneyStatus } from './journey-types';
import { JourneyDialogs, type DialogState } from './JourneyDialogs';
import { JourneysEmptyState, NoMatches } from './JourneysEmptyState';
import { JourneyTable } from './JourneyTable';
import { JourneyToolbar } from './JourneyToolbar';
import { journeyMessages } from './messages';
import { useDebouncedValue } from './use-debounced-value';
import { useNotice } from './use-notice';
import { useRowActions } from './use-row-actions';
import '../app/page.css';
import './journeys.css';

/** The journeys list (`/`): search, filter, create, rename, duplicate, archive. */
export function JourneysPage() {
  const t = useT();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<JourneyStatus | undefined>(undefined);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useNotice(4_000);
  const debouncedSearch = useDebouncedValue(search, 250);
  const list = useQuery({
    ...trpc.journeys.list.queryOptions(listInput(debouncedSearch, status)),
    placeholderData: keepPreviousData,
  });
  const rowActions = useRowActions(setNotice);
  const query = useSearch();
  // `/?new=1` (the gallery's "blank journey") opens the name dialog.
  useEffect(() => {
    if (!new URLSearchParams(query).has('new')) return;
    setDialog({ kind: 'create' });
    navigate('/', { replace: true });
  }, [query, navigate]);

  const journeys = list.data ?? [];
  const filtered = isFiltered(search, status);
  const clearFilters = () => {
    setSearch('');
    setStatus(undefined);
  };

  return (
    <main className="journeys-page">
      <header className="page-header">
        <div>
          <h1>{t(journeyMessages.title)}</h1>
          <p className="page-subtitle">{t(journeyMessages.subtitle)}</p>
        </div>
        <div className="page-actions">
          <Link href="/templates" className="button secondary" data-testid="new-from-template">
            {t(journeyMessages.newFromTemplate)}
          </Link>
          <button
            type="button"
            className="button primary"
            data-testid="new-journey"
            onClick={() => setDialog({ kind: 'create' })}
          >
            <span aria-hidden="true" className="plus">
              +
            </span>{' '}
            {t(journeyMessages.newJourney)}
          </button>
        </div>
      </header>

      {list.isPending ? (
        <p className="loading" role="status">
          {t(journeyMessages.loading)}
        </p>
      ) : list.isError ? (
        <section className="empty-state compact" role="alert">
          <p>{t(journeyMessages.loadFailed)}</p>
          <button type="button" className="button secondary" onClick={() => void list.refetch()}>
            {t(journeyMessages.retry)}
          </button>
        </section>
      ) : journeys.length === 0 && !filtered ? (
        <JourneysEmptyState onStartBlank={() => setDialog({ kind: 'create' })} />
      ) : (
        <>
          <JourneyToolbar search={search} status={status} onSearch={setSearch} onStatus={setStatus} />
          {journeys.length === 0 ? (
            <NoMatches onClear={clearFilters} />
          ) : (
            <div className={`table-card${list.isPlaceholderData ? ' is-refreshing' : ''}`}>
              <JourneyTable
                journeys={journeys}
                busyId={rowActions.busyId}
                onRename={(journey) => setDialog({ kind: 'rename', journey })}
                onDuplicate={rowActions.duplicate}
                onArchive={rowActions.archive}
              />
              <p className="table-footer">
                {journeys.length === 1
                  ? t(journeyMessages.countOne)
                  : t(journeyMessages.count, { count: journeys.length })}
              </p>
            </div>
          )}
        </>
      )}

      <JourneyDialogs dialog={dialog} onClose={() => setDialog(null)} notify={setNotice} />
      <div className={`toast${notice === null ? '' : ` visible ${notice.tone}`}`} role="status" aria-live="polite">
        {notice?.text}
      </div>
    </main>
  );
}
