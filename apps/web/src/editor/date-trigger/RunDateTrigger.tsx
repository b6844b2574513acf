// "Run the date trigger now for one customer": an admin tries a live birthday journey on a real
// customer without waiting for the date (journeys.runDateTrigger). Picked by name, email or id.
import { useMutation } from '@tanstack/react-query';
import { CalendarClock } from 'lucide-react';
import { useState } from 'react';
import { useErrorText } from '../../app/error-text';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { useHasRole } from '../../auth/me';
import { useCustomerSearch } from '../../customers/use-customer-search';
import { Button, Dialog } from '../../ui';
import type { JourneyStatus } from '../persistence/use-journey-meta';
import { useEditor } from '../store/editor-context';
import { selectNodes } from '../store/selectors';
import { dateTriggerMessages as m } from './messages';
import './date-trigger.css';

interface Chosen {
  userId: string;
  name: string;
}

const outcomeText = { started: m.started, running: m.running, finished: m.finished, cooldown: m.cooldown } as const;

function CustomerSearch({ chosen, onChoose }: { chosen: Chosen | null; onChoose: (customer: Chosen) => void }) {
  const t = useT();
  const { search, setSearch, customers, status } = useCustomerSearch(6);
  return (
    <div className="date-run__search">
      <input
        type="search"
        name="dateRunSearch"
        placeholder={t(m.search)}
        aria-label={t(m.search)}
        value={search}
        autoFocus
        onChange={(event) => setSearch(event.target.value)}
      />
      <ul className="date-run__list">
        {customers.map((customer) => {
          const name = customer.name ?? customer.email ?? customer.externalId;
          return (
            <li key={customer.id}>
              <button
                type="button"
                className={customer.externalId === chosen?.userId ? 'date-run__option is-chosen' : 'date-run__option'}
                data-testid="date-run-option"
                aria-pressed={customer.externalId === chosen?.userId}
                onClick={() => onChoose({ userId: customer.externalId, name })}
              >
                <span>{name}</span>
                {customer.email !== null && customer.email !== name && (
                  <span className="date-run__muted">{customer.email}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {status === 'success' && customers.length === 0 && <p className="date-run__muted">{t(m.noCustomers)}</p>}
    </div>
  );
}

function RunDialog({ journeyId, onClose }: { journeyId: string; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const run = useMutation(trpc.journeys.runDateTrigger.mutationOptions());
  const ranFor = run.variables === undefined ? '' : (chosen?.name ?? '');
  return (
    <Dialog isOpen onClose={onClose} title={t(m.title)} description={t(m.help)} closeLabel={t(m.cancel)} size="sm">
      <CustomerSearch
        chosen={chosen}
        onChoose={(customer) => {
          setChosen(customer);
          run.reset();
        }}
      />
      {chosen !== null && <p className="date-run__muted">{t(m.chosen, { name: chosen.name })}</p>}
      {run.isSuccess && (
        <p className="date-run__result" role="status" data-testid="date-run-result" data-status={run.data.status}>
          {t(outcomeText[run.data.status], { name: ranFor })}
        </p>
      )}
      {run.isError && (
        <p className="date-run__result date-run__result--error" role="alert" data-testid="date-run-result">
          {t(m.failed, { message: errorText(run.error) })}
        </p>
      )}
      <div className="date-run__actions">
        <Button onClick={onClose}>{t(m.cancel)}</Button>
        <Button
          variant="primary"
          data-testid="date-run-confirm"
          disabled={chosen === null || run.isPending}
          onClick={() => chosen && run.mutate({ journeyId, userId: chosen.userId })}
        >
          {run.isPending ? t(m.working) : chosen === null ? t(m.pickFirst) : t(m.confirm, { name: chosen.name })}
        </Button>
      </div>
    </Dialog>
  );
}

/** The toolbar button, for admins, on a live journey whose graph starts on a date. */
export function RunDateTriggerButton({ journeyId, status }: { journeyId: string; status: JourneyStatus | undefined }) {
  const t = useT();
  const isAdmin = useHasRole('admin');
  const hasDateTrigger = useEditor((state) => selectNodes(state).some((node) => node.type === 'core.trigger.date'));
  const [open, setOpen] = useState(false);
  if (!isAdmin || status !== 'live' || !hasDateTrigger) return null;
  return (
    <>
      <Button
        variant="ghost"
        icon={CalendarClock}
        collapsible
        data-testid="date-run-button"
        onClick={() => setOpen(true)}
      >
        {t(m.button)}
      </Button>
      {open && <RunDialog journeyId={journeyId} onClose={() => setOpen(false)} />}
    </>
  );
}
