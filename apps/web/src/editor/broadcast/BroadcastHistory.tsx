import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';
import { CircleX } from 'lucide-react';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { useErrorText } from '../../app/error-text';
import { formatDateTime } from '../../journeys/relative-time';
import { Badge, Button, ProgressBar, useToast, type BadgeTone } from '../../ui';
import { broadcastMessages as m } from './messages';
import { formatWallClock } from './schedule-time';

type Broadcast = inferRouterOutputs<AppRouter>['broadcasts']['list'][number];

const statusLook: Record<Broadcast['status'], { tone: BadgeTone; text: keyof typeof m }> = {
  scheduled: { tone: 'info', text: 'statusScheduled' },
  running: { tone: 'primary', text: 'statusRunning' },
  completed: { tone: 'success', text: 'statusCompleted' },
  cancelled: { tone: 'neutral', text: 'statusCancelled' },
  failed: { tone: 'danger', text: 'statusFailed' },
};

const inFlight = (broadcast: Broadcast) => broadcast.status === 'scheduled' || broadcast.status === 'running';

function useBroadcasts(journeyId: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.broadcasts.list.queryOptions({ journeyId }),
    // Progress moves while one is sending or waiting to start; a finished list stays still.
    refetchInterval: (query) => ((query.state.data ?? []).some(inFlight) ? 1_000 : false),
  });
}

/** The journey's broadcasts, newest first: status, when, progress, and cancel while not finished. */
export function BroadcastHistory({ journeyId }: { journeyId: string }) {
  const t = useT();
  const broadcasts = useBroadcasts(journeyId);
  return (
    <section className="broadcast-history" aria-label={t(m.history)} data-testid="broadcast-history">
      <h3 className="broadcast-history__title">{t(m.history)}</h3>
      {broadcasts.data?.length === 0 && <p className="broadcast-history__empty">{t(m.none)}</p>}
      <ul>
        {broadcasts.data?.map((broadcast) => (
          <BroadcastItem key={broadcast.id} broadcast={broadcast} journeyId={journeyId} />
        ))}
      </ul>
    </section>
  );
}

function BroadcastItem({ broadcast, journeyId }: { broadcast: Broadcast; journeyId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const cancel = useMutation(
    trpc.broadcasts.cancel.mutationOptions({
      onSuccess: () => {
        toast.show(t(m.cancelled), 'success');
        void queryClient.invalidateQueries({ queryKey: trpc.broadcasts.list.queryKey({ journeyId }) });
      },
      onError: (error) => toast.show(errorText(error), 'error'),
    }),
  );
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const look = statusLook[broadcast.status];
  const time = formatDateTime(broadcast.startedAt ?? broadcast.scheduledAt, locale);
  const when =
    broadcast.localTime === null
      ? t(broadcast.startedAt === null ? m.scheduledFor : m.startedAt, { time })
      : t(m.localScheduled, { time: formatWallClock(broadcast.localTime, locale) });
  return (
    <li className="broadcast-item" data-testid="broadcast-item" data-status={broadcast.status}>
      <div className="broadcast-item__head">
        <Badge tone={look.tone} dot>
          {t(m[look.text])}
        </Badge>
        <span className="broadcast-item__time">{when}</span>
        {inFlight(broadcast) && (
          <Button
            size="sm"
            variant="danger-ghost"
            icon={CircleX}
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ id: broadcast.id })}
            data-testid="broadcast-cancel"
          >
            {t(m.cancel)}
          </Button>
        )}
      </div>
      {broadcast.total !== null && (
        <>
          <ProgressBar
            label={t(m.progressLabel)}
            value={broadcast.processed}
            max={broadcast.total}
            tone={broadcast.status === 'completed' ? 'done' : inFlight(broadcast) ? 'active' : 'stopped'}
            size="sm"
          />
          <p className="broadcast-item__counts" data-testid="broadcast-counts">
            {t(m.progress, { processed: number(broadcast.processed), total: number(broadcast.total) })} ·{' '}
            {t(m.entered, { entered: number(broadcast.enrolled), skipped: number(broadcast.skipped) })}
          </p>
          {broadcast.zones !== null && (
            <p className="broadcast-item__counts" data-testid="broadcast-zones">
              {t(m.zonesReached, { reached: number(broadcast.zones.reached), total: broadcast.zones.total })}
              {broadcast.zones.nextAt !== null &&
                ` · ${t(m.nextZoneAt, { time: formatDateTime(broadcast.zones.nextAt, locale) })}`}
            </p>
          )}
        </>
      )}
    </li>
  );
}
