import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale, useT, type LocalizedText } from '../app/i18n';
import { nodeRegistry } from '../app/node-registry';
import { useTRPC } from '../app/trpc';
import { ArmChart } from './ArmChart';
import { percent, points, rateInterval } from './figures';
import { experimentMessages as m } from './messages';
import type { ExperimentReport } from './report-types';

function metricText(report: ExperimentReport): { text: LocalizedText; values: Record<string, string | number> } {
  const { metric } = report;
  switch (metric.kind) {
    case 'goal':
      return { text: m.metricGoal, values: {} };
    case 'event':
      return { text: m.metricEvent, values: { event: metric.event, days: metric.withinDays } };
    case 'email_opened':
      return { text: m.metricOpened, values: { days: metric.withinDays } };
    case 'email_clicked':
      return { text: m.metricClicked, values: { days: metric.withinDays } };
    case 'line_postback':
      return { text: m.metricPostback, values: { days: metric.withinDays } };
    default: {
      const unreachable: never = metric;
      return unreachable;
    }
  }
}

/** What the decision said: the winner and why, or the last daily check. */
function DecisionLine({ report }: { report: ExperimentReport }) {
  const t = useT();
  const date = (iso: string | null) => (iso === null ? '' : new Date(iso).toLocaleDateString());
  if (report.winner !== null) {
    const label = report.arms[report.winner.arm]?.label ?? '';
    const text = report.winner.by === 'schedule' ? m.winnerBySchedule : m.winnerByPerson;
    return (
      <p className="experiments-decision is-winner" data-testid="experiment-winner">
        {t(text, { label, date: date(report.winner.at) })}
      </p>
    );
  }
  const check = report.lastCheck;
  if (check === null) return <p className="experiments-decision">{t(m.notChecked)}</p>;
  const text = check.result['reason'] === 'minimum_sample' ? m.waitingSample : m.waitingClear;
  return (
    <p className="experiments-decision" data-testid="experiment-check">
      {t(text, { date: date(check.at), min: report.autoWinner.minimumPerVariant })}
    </p>
  );
}

/** One test: variants with counts, rate and interval, chance to be best, lift over A; chart; decision. */
export function ExperimentCard({
  journeyId,
  report,
  title,
}: {
  journeyId: string;
  report: ExperimentReport;
  title: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const choose = useMutation(
    trpc.experiments.chooseWinner.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.experiments.report.queryKey({ journeyId }) }),
    }),
  );
  const metric = metricText(report);
  const nodeTitle = nodeRegistry.get(report.nodeType)?.title[locale] ?? '';
  return (
    <section className="experiments-card" data-testid="experiment-card" data-step={report.stepId}>
      <header>
        <h2>{title}</h2>
        <p className="experiments-muted">
          {nodeTitle} · {t(metric.text, metric.values)} ·{' '}
          {report.autoWinner.enabled ? t(m.auto, { min: report.autoWinner.minimumPerVariant }) : t(m.manualOnly)}
        </p>
        {report.metric.kind === 'goal' && !report.hasGoal && <p className="experiments-error">{t(m.noGoal)}</p>}
      </header>
      <DecisionLine report={report} />
      <table className="experiments-table">
        <thead>
          <tr>
            <th>{t(m.variant)}</th>
            <th>{t(m.share)}</th>
            <th>{t(m.entered)}</th>
            <th>{t(m.converted)}</th>
            <th>{t(m.rate)}</th>
            <th>{t(m.best)}</th>
            <th>{t(m.lift)}</th>
            {report.winner === null && <th />}
          </tr>
        </thead>
        <tbody>
          {report.arms.map((arm, index) => (
            <tr key={arm.label} data-testid="experiment-arm" data-arm={index}>
              <td>
                {arm.label}
                {report.winner?.arm === index && <span className="experiments-badge">{t(m.winnerBadge)}</span>}
              </td>
              <td>{arm.percent}%</td>
              <td>{arm.entered.toLocaleString()}</td>
              <td>{arm.converted.toLocaleString()}</td>
              <td data-testid="arm-rate">
                {percent(arm.rate)} <span className="experiments-muted">({rateInterval(arm.interval)})</span>
              </td>
              <td>{percent(arm.probabilityToBeBest, 0)}</td>
              <td data-testid="arm-lift">
                {arm.lift === null ? (
                  <span className="experiments-muted">{t(m.control)}</span>
                ) : (
                  <>
                    {points(arm.lift.difference)}{' '}
                    <span className="experiments-muted">
                      ({points(arm.lift.interval.low)} … {points(arm.lift.interval.high)})
                    </span>
                  </>
                )}
              </td>
              {report.winner === null && (
                <td>
                  <button
                    type="button"
                    className="experiments-button"
                    disabled={choose.isPending}
                    onClick={() => choose.mutate({ journeyId, stepId: report.stepId, arm: index })}
                  >
                    {t(m.choose)}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {choose.isError && <p className="experiments-error">{t(m.chooseFailed, { message: choose.error.message })}</p>}
      <ArmChart days={report.days} labels={report.arms.map((arm) => arm.label)} />
    </section>
  );
}
