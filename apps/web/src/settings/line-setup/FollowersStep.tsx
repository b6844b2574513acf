import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Button, ButtonLink } from '../../ui';
import { lineSetupStrings as m } from './line-setup.i18n';
import { insightDateWords, lineFailureWords } from './line-words';

/** Step 4: the bot's friends as LINE counted them yesterday, or why there is no count yet. */
export function FollowersStep({ onBack }: { onBack: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const followers = useQuery(trpc.channels.line.followers.queryOptions());
  const number = new Intl.NumberFormat(locale);
  const answer = followers.data;
  const date = answer === undefined ? '' : insightDateWords(answer.date, locale);

  return (
    <div className="line-setup__form" data-testid="line-setup-followers">
      <p className="muted">{t(m.followersHelp)}</p>
      {followers.isPending ? (
        <p className="muted" role="status">
          {t(m.loading)}
        </p>
      ) : followers.error ? (
        <ErrorNotice error={followers.error} />
      ) : answer === undefined ? null : !answer.counted.ok ? (
        <p className="settings-notice is-error" role="alert" data-testid="line-followers">
          {t(m.followersRefused, { reason: lineFailureWords(answer.counted, t) })}
        </p>
      ) : answer.counted.followers.status === 'ready' ? (
        <div data-testid="line-followers" data-status="ready">
          <dl className="line-setup__counts">
            {(
              [
                [m.followers, answer.counted.followers.followers],
                [m.reachable, answer.counted.followers.targetedReaches],
                [m.blocked, answer.counted.followers.blocks],
              ] as const
            ).map(([label, count]) => (
              <div key={label.en}>
                <dt>{t(label)}</dt>
                <dd>{count === null ? '—' : number.format(count)}</dd>
              </div>
            ))}
          </dl>
          <small className="muted">{t(m.countedOn, { date })}</small>
        </div>
      ) : (
        <p
          className="settings-notice"
          role="status"
          data-testid="line-followers"
          data-status={answer.counted.followers.status}
        >
          {t(answer.counted.followers.status === 'unready' ? m.unready : m.outOfService, { date })}
        </p>
      )}
      <div className="settings-card__actions">
        <Button onClick={onBack}>{t(m.previous)}</Button>
        <Button onClick={() => void followers.refetch()} disabled={followers.isFetching}>
          {t(m.refresh)}
        </Button>
        <ButtonLink href="/settings/channels" variant="primary" className="line-setup__next">
          {t(m.done)}
        </ButtonLink>
      </div>
    </div>
  );
}
