import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { channelName } from '../app/channel-names';
import { useLocale, useT } from '../app/i18n';
import { messageOutcome } from '../app/message-outcomes';
import { useTRPC } from '../app/trpc';
import type { CustomerProfile, TimelineEntry } from './customer-types';
import { customerMessages } from './messages';
import { Button } from '../ui';

const PAGE_SIZE = 20;

function TimelineDetail({ item }: { item: TimelineEntry }) {
  const t = useT();
  const { locale } = useLocale();
  switch (item.kind) {
    case 'event': {
      const properties = Object.entries(item.properties);
      return properties.length === 0 ? null : (
        <code className="timeline-props">
          {properties.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ')}
        </code>
      );
    }
    case 'message':
      return (
        <>
          <span className="muted" data-testid="message-outcome" data-status={item.status} data-reason={item.reason}>
            {t(customerMessages.messageVia, {
              channel: channelName(item.channel, locale),
              status: messageOutcome(item.status, item.reason, locale),
            })}
          </span>
          {item.detail === null || item.detail === '' ? null : <span className="timeline-detail">{item.detail}</span>}
        </>
      );
    case 'points':
      return (
        <span className={item.delta >= 0 ? 'points-gain' : 'points-loss'}>
          {item.delta >= 0 ? `+${item.delta}` : item.delta}
        </span>
      );
    default: {
      const unknownItem: never = item;
      return unknownItem;
    }
  }
}

const kindLabels = {
  event: customerMessages.kindEvent,
  message: customerMessages.kindMessage,
  points: customerMessages.kindPoints,
} as const;

export interface CustomerTimelineProps {
  customerId: string;
  firstPage: CustomerProfile['timeline'];
  relative: (iso: string) => string;
  full: (iso: string) => string;
}

/** Events, messages and points, newest first; "load more" pages on from the profile's first page. */
export function CustomerTimeline({ customerId, firstPage, relative, full }: CustomerTimelineProps) {
  const t = useT();
  const trpc = useTRPC();
  const [wantMore, setWantMore] = useState(false);
  const more = useInfiniteQuery({
    ...trpc.customers.timeline.infiniteQueryOptions(
      { customerId, limit: PAGE_SIZE },
      { initialCursor: firstPage.nextCursor, getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    enabled: wantMore && firstPage.nextCursor !== null,
  });
  const items = [...firstPage.items, ...(more.data?.pages.flatMap((page) => page.items) ?? [])];
  const hasMore = wantMore ? more.hasNextPage : firstPage.nextCursor !== null;
  const loadMore = () => {
    if (!wantMore) setWantMore(true);
    else void more.fetchNextPage();
  };

  return (
    <section className="ui-card profile-card timeline-card" data-testid="customer-timeline">
      <h2>{t(customerMessages.timeline)}</h2>
      {items.length === 0 ? (
        <p className="muted">{t(customerMessages.noTimeline)}</p>
      ) : (
        <ol className="timeline">
          {items.map((item) => (
            <li
              key={`${item.kind}:${item.id}`}
              className={`timeline-item kind-${item.kind}`}
              data-testid="timeline-item"
              data-kind={item.kind}
            >
              <span className="timeline-kind">{t(kindLabels[item.kind])}</span>
              <div className="timeline-body">
                <strong>{item.name}</strong> <TimelineDetail item={item} />
              </div>
              <time dateTime={item.at} title={full(item.at)} className="muted">
                {relative(item.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {hasMore && (
        <Button size="sm" data-testid="timeline-load-more" disabled={more.isFetching} onClick={loadMore}>
          {t(customerMessages.loadMore)}
        </Button>
      )}
    </section>
  );
}
