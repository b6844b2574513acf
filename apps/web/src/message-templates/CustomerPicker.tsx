import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { messageTemplateMessages as m } from './messages';
import { useDebounced } from './use-debounced';

/** A customer of the workspace, found by name or external id (the customers list's search). */
export function CustomerPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const id = useId();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const list = useQuery(trpc.customers.list.queryOptions({ limit: 20, ...(term === '' ? {} : { search: term }) }));
  const items = list.data?.items ?? [];
  return (
    <div className="customer-picker" data-testid="customer-picker">
      <label htmlFor={`${id}-search`}>{t(m.customer)}</label>
      <input
        id={`${id}-search`}
        type="search"
        aria-label={t(m.searchCustomers)}
        placeholder={t(m.searchCustomers)}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select
        aria-label={t(m.customer)}
        value={value ?? ''}
        data-state={list.isPending ? 'loading' : 'ready'}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">{items.length === 0 && !list.isPending ? t(m.noCustomers) : t(m.chooseCustomer)}</option>
        {items.map((customer) => (
          <option key={customer.id} value={customer.id}>
            {customer.name ? `${customer.name} (${customer.externalId})` : customer.externalId}
          </option>
        ))}
      </select>
    </div>
  );
}
