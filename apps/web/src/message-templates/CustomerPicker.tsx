import { useId } from 'react';
import { useT } from '../app/i18n';
import { messageTemplateMessages as m } from './messages';
import { useCustomerSearch } from '../customers/use-customer-search';

/** A customer of the workspace, found by name or external id (the customers list's search). */
export function CustomerPicker({
  value,
  onChange,
  label,
}: {
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  /** What the pick is for (default: "Preview as customer"). */
  label?: string;
}) {
  const t = useT();
  const id = useId();
  const { search, setSearch, customers: items, status } = useCustomerSearch(20);
  return (
    <div className="customer-picker" data-testid="customer-picker">
      <label htmlFor={`${id}-search`}>{label ?? t(m.customer)}</label>
      <input
        id={`${id}-search`}
        type="search"
        aria-label={t(m.searchCustomers)}
        placeholder={t(m.searchCustomers)}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select
        aria-label={label ?? t(m.customer)}
        value={value ?? ''}
        data-state={status === 'pending' ? 'loading' : 'ready'}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">{items.length === 0 && status !== 'pending' ? t(m.noCustomers) : t(m.chooseCustomer)}</option>
        {items.map((customer) => (
          <option key={customer.id} value={customer.id}>
            {customer.name ? `${customer.name} (${customer.externalId})` : customer.externalId}
          </option>
        ))}
      </select>
    </div>
  );
}
