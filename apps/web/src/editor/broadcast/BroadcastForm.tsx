import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Megaphone } from 'lucide-react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { formatDateTime } from '../../journeys/relative-time';
import { Button, Field, SegmentedControl, useToast } from '../../ui';
import { broadcastMessages as m } from './messages';
import {
  formatWallClock,
  fromLocalInput,
  localTimeAheadEverywhere,
  localTimeZone,
  suggestedStart,
} from './schedule-time';
import { useBroadcastAudience } from './use-broadcast-audience';

type When = 'now' | 'later' | 'local';

/** Who the broadcast reaches, when it starts, and the button that starts (or schedules) it. */
export function BroadcastForm({ journeyId, liveVersionId }: { journeyId: string; liveVersionId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const audience = useBroadcastAudience(liveVersionId);
  const [when, setWhen] = useState<When>('now');
  const [startAt, setStartAt] = useState(() => suggestedStart(new Date()));
  const start = useMutation(
    trpc.broadcasts.start.mutationOptions({
      onSuccess: (broadcast) => {
        toast.show(t(broadcast.status === 'scheduled' ? m.scheduled : m.started), 'success');
        void queryClient.invalidateQueries({ queryKey: trpc.broadcasts.list.queryKey({ journeyId }) });
      },
    }),
  );
  const at = when === 'later' ? fromLocalInput(startAt) : undefined;
  const localTime = when === 'local' ? startAt : undefined;
  const timeProblem =
    (when === 'later' && (at === undefined || Date.parse(at) <= Date.now())) ||
    (localTime !== undefined && !localTimeAheadEverywhere(localTime, new Date()));
  const count = audience?.memberCount ?? 0;
  const submit = () => {
    if (timeProblem || !audience) return;
    start.mutate({ journeyId, ...(at === undefined ? {} : { at }), ...(localTime === undefined ? {} : { localTime }) });
  };
  const submitLabel = () => {
    if (localTime !== undefined) return t(m.scheduleLocal, { time: formatWallClock(localTime, locale) });
    if (at !== undefined) return t(m.scheduleFor, { time: formatDateTime(at, locale) });
    return t(m.sendTo, { count });
  };
  return (
    <form
      className="broadcast-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="broadcast-form__audience" data-testid="broadcast-audience">
        <span className="broadcast-form__label">{t(m.audience)}</span>
        <span>
          {audience === null
            ? t(m.audienceUnknown)
            : audience && t(m.audienceSize, { segment: audience.segmentName, count })}
        </span>
      </div>
      <SegmentedControl<When>
        label={t(m.when)}
        value={when}
        onChange={setWhen}
        testId="broadcast-when"
        options={[
          { value: 'now', label: t(m.now), data: { 'data-when': 'now' } },
          { value: 'later', label: t(m.later), data: { 'data-when': 'later' } },
          { value: 'local', label: t(m.localTime), data: { 'data-when': 'local' } },
        ]}
      />
      {when !== 'now' && (
        <Field
          label={when === 'local' ? t(m.localStartAt) : t(m.startAt, { zone: localTimeZone() })}
          help={when === 'local' ? t(m.localHelp) : undefined}
          error={timeProblem ? t(when === 'local' ? m.localTimePassed : m.pickFutureTime) : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={startAt}
              onChange={(event) => setStartAt(event.target.value)}
              data-testid="broadcast-start-at"
            />
          )}
        </Field>
      )}
      {start.error && <ErrorNotice error={start.error} />}
      <div className="broadcast-form__actions">
        <Button
          type="submit"
          variant="primary"
          icon={Megaphone}
          disabled={!audience || timeProblem || start.isPending}
          data-testid="broadcast-submit"
        >
          {submitLabel()}
        </Button>
      </div>
    </form>
  );
}
