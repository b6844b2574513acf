import type { ReactNode } from 'react';
import { useT } from '../app/i18n';
import { rewardsMessages as m } from './messages';
import { EmptyState } from '../ui';

interface ListStateProps<T> {
  query: { isPending: boolean; isError: boolean; data: readonly T[] | undefined };
  testId: string;
  children: (items: readonly T[]) => ReactNode;
}

/** Loading, failed and empty states of a rewards list; the rows otherwise. */
export function ListState<T>({ query, testId, children }: ListStateProps<T>) {
  const t = useT();
  if (query.isPending) return <p role="status">{t(m.loading)}</p>;
  if (query.isError || !query.data) return <p role="alert">{t(m.loadFailed)}</p>;
  if (query.data.length === 0)
    return (
      <EmptyState compact testId={`${testId}-empty`}>
        {t(m.empty)}
      </EmptyState>
    );
  return (
    <div className="ui-table-card">
      <div className="ui-table-scroll">{children(query.data)}</div>
    </div>
  );
}
