import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { ChannelCard } from './ChannelCard';
import { settingsMessages as m } from './messages';
import { PolicyCard } from './PolicyCard';
import { Button, ButtonLink, EmptyState, Page } from '../ui';
import { richMenuMessages } from '../rich-menus/messages';
import './settings.css';

/** Settings → Channels (`/settings/channels`): a card per channel and the sending policy. */
export function ChannelSettingsPage() {
  const t = useT();
  const trpc = useTRPC();
  const channels = useQuery(trpc.channels.list.queryOptions());
  const policy = useQuery(trpc.channels.messagingSettings.get.queryOptions());
  const failed = channels.isError || policy.isError;
  return (
    <Page
      className="settings-page"
      width="wide"
      title={t(m.title)}
      subtitle={t(m.subtitle)}
      actions={
        <ButtonLink href="/settings/channels/rich-menus" data-testid="open-rich-menus">
          {t(richMenuMessages.title)}
        </ButtonLink>
      }
    >
      {failed ? (
        <EmptyState
          compact
          role="alert"
          actions={
            <Button onClick={() => void Promise.all([channels.refetch(), policy.refetch()])}>{t(m.retry)}</Button>
          }
        >
          {t(m.loadFailed)}
        </EmptyState>
      ) : channels.isPending || policy.isPending ? (
        <p className="muted" role="status">
          {t(m.loading)}
        </p>
      ) : (
        <div className="settings-grid">
          {channels.data.map((state) => (
            // Keyed by the stored config so a save or removal resets the card's form.
            <ChannelCard key={`${state.channel}:${state.updatedAt ?? ''}`} state={state} />
          ))}
          <PolicyCard settings={policy.data} />
        </div>
      )}
    </Page>
  );
}
