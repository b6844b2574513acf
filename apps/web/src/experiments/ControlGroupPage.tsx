import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Page } from '../ui';
import { liftMeasurable, percent, points, signedAmount } from './figures';
import { experimentMessages as m } from './messages';
import type { ControlGroupReport } from './report-types';
import './experiments.css';

interface Draft {
  percent: string;
  conversionEvent: string;
  revenueProperty: string;
}

function ControlGroupForm({ initial }: { initial: Draft }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const save = useMutation(
    trpc.controlGroup.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.controlGroup.pathKey() }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      percent: Number(draft.percent),
      conversionEvent: draft.conversionEvent,
      revenueProperty: draft.revenueProperty,
    });
  };
  const field = (key: keyof Draft, label: string, type = 'text') => (
    <label className="experiments-field">
      <span>{label}</span>
      <input
        name={key}
        type={type}
        value={draft[key]}
        {...(type === 'number' ? { min: 0, max: 50, step: 0.5 } : {})}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      />
    </label>
  );
  return (
    <form className="experiments-card experiments-form" onSubmit={submit} data-testid="control-group-form">
      {field('percent', t(m.percent), 'number')}
      {field('conversionEvent', t(m.conversionEvent))}
      {field('revenueProperty', t(m.revenueProperty))}
      <div>
        <button type="submit" className="experiments-button is-primary" disabled={save.isPending}>
          {t(m.save)}
        </button>{' '}
        {save.isSuccess && <span className="experiments-muted">{t(m.saved)}</span>}
        {save.isError && <span className="experiments-error">{t(m.saveFailed, { message: save.error.message })}</span>}
      </div>
    </form>
  );
}

function ControlGroupFigures({ report, off }: { report: ControlGroupReport; off: boolean }) {
  const t = useT();
  const rows = [
    { label: m.marketed, group: report.treated },
    { label: m.inControl, group: report.control },
  ];
  return (
    <section className="experiments-card" data-testid="control-group-report">
      <h2>{t(m.reportTitle)}</h2>
      <table className="experiments-table">
        <thead>
          <tr>
            <th>{t(m.group)}</th>
            <th>{t(m.customers)}</th>
            <th>{t(m.conversion)}</th>
            <th>{t(m.revenuePerCustomer)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, group }) => (
            <tr key={label.en}>
              <td>{t(label)}</td>
              <td>{group.customers.toLocaleString()}</td>
              <td>{percent(group.rate)}</td>
              <td>{group.revenuePerCustomer.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {liftMeasurable(report.treated.customers, report.control.customers) ? (
        <>
          <p>
            {t(m.liftLine, {
              difference: points(report.conversionLift.difference),
              low: points(report.conversionLift.interval.low),
              high: points(report.conversionLift.interval.high),
            })}
          </p>
          <p>
            {t(m.revenueLift, {
              difference: signedAmount(report.revenueLift.difference),
              low: signedAmount(report.revenueLift.interval.low),
              high: signedAmount(report.revenueLift.interval.high),
            })}
          </p>
        </>
      ) : (
        <p className="experiments-muted" data-testid="lift-needs-customers">
          {off
            ? t(m.controlGroupOff)
            : t(m.liftNeedsCustomers, {
                first: report.treated.customers.toLocaleString(),
                second: report.control.customers.toLocaleString(),
              })}
        </p>
      )}
    </section>
  );
}

/** `/settings/control-group`: the workspace's control group and the lift of marketing as a whole. */
export function ControlGroupPage() {
  const t = useT();
  const trpc = useTRPC();
  const settings = useQuery(trpc.controlGroup.get.queryOptions());
  const report = useQuery(trpc.controlGroup.report.queryOptions({ days: 30 }));
  return (
    <Page
      className="experiments-page"
      testId="control-group-page"
      title={t(m.settingsTitle)}
      subtitle={t(m.settingsHelp)}
    >
      {settings.data && (
        <ControlGroupForm
          initial={{
            percent: String(settings.data.percent),
            conversionEvent: settings.data.conversionEvent,
            revenueProperty: settings.data.revenueProperty,
          }}
        />
      )}
      {report.data && <ControlGroupFigures report={report.data} off={settings.data?.percent === 0} />}
    </Page>
  );
}
