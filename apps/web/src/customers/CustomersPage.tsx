import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useDebouncedValue } from '../journeys/use-debounced-value';
import { useNow } from '../journeys/use-now';
import { SegmentSelect } from '../segments/SegmentSelect';
import { CustomerTable } from './CustomerTable';
import { customerMessages } from './messages';
import '../app/page.css';
import './customers.css';

const PAGE_SIZE = 25;

/** The customers list (`/customers`): search by name or external id, filter by a tag, load more. */
export function CustomersPage() {
  const t = useT();
  const trpc = useTRPC();
  const now = useNow(30_000);
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState<string | undefined>(undefined);
  const [segmentId, setSegmentId] = useState<string | undefined>(undefined);
  const debouncedSearch = useDebouncedValue(search.trim(), 250);
  const list = useInfiniteQuery({
    ...trpc.customers.list.infiniteQueryOptions(
      { search: debouncedSearch === '' ? undefined : debouncedSearch, tag, segmentId, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const customers = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = debouncedSearch !== '' || tag !== undefined || segmentId !== undefined;

  return (
    <main className="customers-page">
      <header className="page-header">
        <div>
          <h1>{t(customerMessages.title)}</h1>
          <p className="page-subtitle">{t(customerMessages.subtitle)}</p>
        </div>
      </header>
      <div className="customer-toolbar">
        <label className="search-field">
          <span className="visually-hidden">{t(customerMessages.searchLabel)}</span>
          <input
            type="search"
            data-testid="customers-search"
            value={search}
            placeholder={t(customerMessages.searchPlaceholder)}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <label className="segment-filter">
          <span>{t(customerMessages.segmentFilterLabel)}</span>
          <SegmentSelect
            data-testid="customers-segment-filter"
            value={segmentId}
            emptyLabel={t(customerMessages.allCustomers)}
            onChange={setSegmentId}
          />
        </label>
        {tag !== undefined && (
          <button
            type="button"
            className="filter-chip"
            aria-pressed="true"
            data-testid="customers-tag-filter"
            title={t(customerMessages.clearTag)}
            onClick={() => setTag(undefined)}
          >
            {t(customerMessages.tagFilter, { tag })} <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {list.isPending ? (
        <p className="loading" role="status">
          {t(customerMessages.loading)}
        </p>
      ) : list.isError ? (
        <section className="empty-state" role="alert">
          <p>{t(customerMessages.loadFailed)}</p>
          <button type="button" className="button secondary" onClick={() => void list.refetch()}>
            {t(customerMessages.retry)}
          </button>
        </section>
      ) : customers.length === 0 ? (
        <section className="empty-state">
          <p>{t(filtered ? customerMessages.noMatches : customerMessages.empty)}</p>
        </section>
      ) : (
        <div className={`table-card${list.isPlaceholderData ? ' is-refreshing' : ''}`}>
          <CustomerTable customers={customers} now={now} onTag={setTag} />
          <div className="table-footer">
            <span>{t(customerMessages.shown, { count: customers.length })}</span>
            {list.hasNextPage && (
              <button
                type="button"
                className="button secondary"
                data-testid="customers-load-more"
                disabled={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t(customerMessages.loadMore)}
              </button>
            )}
          </div>
        </div>
      )}
    </main>
  );
}
