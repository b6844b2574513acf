import { useT } from '../../app/i18n';
import { useCustomerSearch } from '../../customers/use-customer-search';
import { KeyValueRows } from './KeyValueRows';
import { simulationMessages as m } from './messages';
import type { CustomerChoice } from './sim-form';

type Sample = Extract<CustomerChoice, { kind: 'sample' }>;

/** Search the workspace's customers (customers.list) and pick one. */
function ExistingCustomer({
  choice,
  onChange,
}: {
  choice: Extract<CustomerChoice, { kind: 'existing' }>;
  onChange: (c: CustomerChoice) => void;
}) {
  const t = useT();
  const { search, setSearch, customers, status } = useCustomerSearch(8);
  return (
    <div className="sim-existing">
      <input
        type="search"
        name="customerSearch"
        placeholder={t(m.searchCustomer)}
        aria-label={t(m.searchCustomer)}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {choice.customerId !== null && <p className="sim-muted">{t(m.chosenCustomer, { name: choice.label })}</p>}
      <ul className="sim-existing__list">
        {customers.map((customer) => (
          <li key={customer.id}>
            <button
              type="button"
              className={customer.id === choice.customerId ? 'sim-option is-chosen' : 'sim-option'}
              data-testid="sim-customer-option"
              onClick={() =>
                onChange({ kind: 'existing', customerId: customer.id, label: customer.name ?? customer.externalId })
              }
            >
              {customer.name ?? customer.externalId}
              {customer.name !== null && <span className="sim-muted"> · {customer.externalId}</span>}
            </button>
          </li>
        ))}
      </ul>
      {status === 'success' && customers.length === 0 && <p className="sim-muted">{t(m.noCustomers)}</p>}
    </div>
  );
}

/** A made-up customer: attributes, tags, time zone, language, points. */
function SampleCustomer({ choice, onChange }: { choice: Sample; onChange: (c: CustomerChoice) => void }) {
  const t = useT();
  const set = (patch: Partial<Sample>) => onChange({ ...choice, ...patch });
  return (
    <div className="sim-sample">
      <label className="sim-field">
        <span>{t(m.externalId)}</span>
        <input
          name="externalId"
          value={choice.externalId}
          onChange={(event) => set({ externalId: event.target.value })}
        />
      </label>
      <div className="sim-field">
        <span>{t(m.attributes)}</span>
        <KeyValueRows name="attributes" rows={choice.attributes} onChange={(attributes) => set({ attributes })} />
      </div>
      <label className="sim-field">
        <span>{t(m.tags)}</span>
        <input name="tags" value={choice.tags} onChange={(event) => set({ tags: event.target.value })} />
      </label>
      <div className="sim-field-row">
        <label className="sim-field">
          <span>{t(m.timezone)}</span>
          <input name="timezone" value={choice.timezone} onChange={(event) => set({ timezone: event.target.value })} />
        </label>
        <label className="sim-field">
          <span>{t(m.locale)}</span>
          <input name="locale" value={choice.locale} onChange={(event) => set({ locale: event.target.value })} />
        </label>
        <label className="sim-field">
          <span>{t(m.points)}</span>
          <input
            name="points"
            inputMode="numeric"
            value={choice.points}
            onChange={(event) => set({ points: event.target.value })}
          />
        </label>
      </div>
    </div>
  );
}

/** Chooses who walks the journey: an existing customer or a made-up one (kept while switching). */
export function CustomerPicker({
  choice,
  onChange,
  sample,
}: {
  choice: CustomerChoice;
  onChange: (c: CustomerChoice) => void;
  sample: Sample;
}) {
  const t = useT();
  return (
    <fieldset className="sim-section">
      <legend>{t(m.customer)}</legend>
      <div className="sim-toggle" role="radiogroup">
        <label>
          <input
            type="radio"
            name="customerKind"
            value="sample"
            checked={choice.kind === 'sample'}
            onChange={() => onChange(sample)}
          />
          {t(m.sampleCustomer)}
        </label>
        <label>
          <input
            type="radio"
            name="customerKind"
            value="existing"
            checked={choice.kind === 'existing'}
            onChange={() => onChange({ kind: 'existing', customerId: null, label: '' })}
          />
          {t(m.existingCustomer)}
        </label>
      </div>
      {choice.kind === 'existing' ? (
        <ExistingCustomer choice={choice} onChange={onChange} />
      ) : (
        <SampleCustomer choice={choice} onChange={onChange} />
      )}
    </fieldset>
  );
}
