import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useDebouncedValue } from '../journeys/use-debounced-value';
import { useNow } from '../journeys/use-now';
import { SegmentSelect } from '../segments/SegmentSelect';
import { CustomerTable } from './CustomerTable';
import { customerMessages } from './messages';
import { History, Upload, Users, X } from 'lucide-react';
import { Button, ButtonLink, EmptyState, Field, Page, SearchInput, Table } from '../ui';
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
    <Page
      className="customers-page"
      width="wide"
      title={t(customerMessages.title)}
      subtitle={t(customerMessages.subtitle)}
      actions={
        <>
          <ButtonLink href="/customers/imports" variant="ghost" icon={History} data-testid="import-history-link">
            {t(customerMessages.importHistory)}
          </ButtonLink>
          <ButtonLink href="/customers/import" variant="primary" icon={Upload} data-testid="import-customers">
            {t(customerMessages.importCustomers)}
          </ButtonLink>
        </>
      }
    >
      <div className="list-toolbar customer-toolbar">
        <SearchInput
          className="list-toolbar__search"
          label={t(customerMessages.searchLabel)}
          data-testid="customers-search"
          value={search}
          placeholder={t(customerMessages.searchPlaceholder)}
          onChange={(event) => setSearch(event.target.value)}
        />
        <div className="customer-toolbar__filters">
          {tag !== undefined && (
            <Button
              size="sm"
              aria-pressed="true"
              data-testid="customers-tag-filter"
              title={t(customerMessages.clearTag)}
              onClick={() => setTag(undefined)}
            >
              {t(customerMessages.tagFilter, { tag })} <X size={14} aria-hidden="true" />
            </Button>
          )}
          <Field label={t(customerMessages.segmentFilterLabel)} className="segment-filter">
            {(control) => (
              <SegmentSelect
                {...control}
                data-testid="customers-segment-filter"
                value={segmentId}
                emptyLabel={t(customerMessages.allCustomers)}
                onChange={setSegmentId}
              />
            )}
          </Field>
        </div>
      </div>
      {list.isPending ? (
        <p className="muted" role="status">
          {t(customerMessages.loading)}
        </p>
      ) : list.isError ? (
        <EmptyState
          compact
          role="alert"
          actions={<Button onClick={() => void list.refetch()}>{t(customerMessages.retry)}</Button>}
        >
          {t(customerMessages.loadFailed)}
        </EmptyState>
      ) : customers.length === 0 ? (
        <EmptyState icon={Users} compact>
          {t(filtered ? customerMessages.noMatches : customerMessages.empty)}
        </EmptyState>
      ) : (
        <Table
          className="customer-table"
          refreshing={list.isPlaceholderData}
          footer={
            <div className="customer-table__footer">
              <span>{t(customerMessages.shown, { count: customers.length })}</span>
              {list.hasNextPage && (
                <Button
                  size="sm"
                  data-testid="customers-load-more"
                  disabled={list.isFetchingNextPage}
                  onClick={() => void list.fetchNextPage()}
                >
                  {t(customerMessages.loadMore)}
                </Button>
              )}
            </div>
          }
        >
          <CustomerTable customers={customers} now={now} onTag={setTag} />
        </Table>
      )}
    </Page>
  );
}
