import { Link } from 'wouter';
import { useT } from '../app/i18n';
import type { CustomerListEntry } from './customer-types';
import { customerMessages } from './messages';
import { useDateFormat } from './use-date-format';

export interface CustomerTableProps {
  customers: readonly CustomerListEntry[];
  now: number;
  /** A tag was clicked: filter the list by it. */
  onTag: (tag: string) => void;
}

/** The customers' rows (head and body, inside a `Table`); a row links to the profile. */
export function CustomerTable({ customers, now, onTag }: CustomerTableProps) {
  const t = useT();
  const dates = useDateFormat(now);
  return (
    <>
      <thead>
        <tr>
          <th scope="col">{t(customerMessages.columnName)}</th>
          <th scope="col">{t(customerMessages.columnTags)}</th>
          <th scope="col" className="ui-table__num">
            {t(customerMessages.columnPoints)}
          </th>
          <th scope="col">{t(customerMessages.columnLocale)}</th>
          <th scope="col" className="col-seen">
            {t(customerMessages.columnLastSeen)}
          </th>
        </tr>
      </thead>
      <tbody>
        {customers.map((customer) => (
          <tr key={customer.id} data-testid="customer-row" data-customer-id={customer.id}>
            <td className="cell-name">
              <Link href={`/customers/${customer.id}`} className="customer-link">
                {customer.name ?? t(customerMessages.unnamed)}
              </Link>
              <div className="external-id">{customer.externalId}</div>
            </td>
            <td>
              <div className="tag-list">
                {customer.tags.map((tag) => (
                  <button
                    key={tag}
                    type="button"
                    className="tag-chip"
                    title={t(customerMessages.filterByTag, { tag })}
                    onClick={() => onTag(tag)}
                  >
                    {tag}
                  </button>
                ))}
              </div>
            </td>
            <td className="ui-table__num">{customer.points.toLocaleString()}</td>
            <td className="muted">
              {customer.timezone} · {customer.locale}
            </td>
            <td
              className="cell-seen"
              title={customer.lastSeenAt === null ? undefined : dates.full(customer.lastSeenAt)}
            >
              {customer.lastSeenAt === null ? t(customerMessages.never) : dates.relative(customer.lastSeenAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </>
  );
}
