import { useT } from '../app/i18n';
import { liftMeasurable, percent, points } from './figures';
import { experimentMessages as m } from './messages';
import type { HoldoutReport } from './report-types';

/** Treated vs held-out conversion on the journey goal, and the lift with its interval. */
export function HoldoutCard({ holdout }: { holdout: HoldoutReport }) {
  const t = useT();
  return (
    <section className="experiments-card" data-testid="holdout-card">
      <h2>{t(m.holdout, { percent: holdout.percent })}</h2>
      {!holdout.hasGoal || holdout.treated === null || holdout.heldOut === null || holdout.lift === null ? (
        <p className="experiments-error">{t(m.noGoal)}</p>
      ) : (
        <>
          <table className="experiments-table">
            <thead>
              <tr>
                <th>{t(m.group)}</th>
                <th>{t(m.entered)}</th>
                <th>{t(m.converted)}</th>
                <th>{t(m.conversion)}</th>
              </tr>
            </thead>
            <tbody>
              {[
                { label: m.treated, group: holdout.treated },
                { label: m.heldOut, group: holdout.heldOut },
              ].map(({ label, group }) => (
                <tr key={label.en}>
                  <td>{t(label)}</td>
                  <td>{group.entered.toLocaleString()}</td>
                  <td>{group.converted.toLocaleString()}</td>
                  <td>{percent(group.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {liftMeasurable(holdout.treated.entered, holdout.heldOut.entered) ? (
            <p data-testid="holdout-lift">
              {t(m.liftLine, {
                difference: points(holdout.lift.difference),
                low: points(holdout.lift.interval.low),
                high: points(holdout.lift.interval.high),
              })}
            </p>
          ) : (
            <p className="experiments-muted" data-testid="lift-needs-customers">
              {t(m.liftNeedsCustomers, {
                first: holdout.treated.entered.toLocaleString(),
                second: holdout.heldOut.entered.toLocaleString(),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
