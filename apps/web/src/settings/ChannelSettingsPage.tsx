import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { ChannelCard } from './ChannelCard';
import { settingsMessages as m } from './messages';
import { PolicyCard } from './PolicyCard';
import '../app/page.css';
import './settings.css';

/** Settings → Channels (`/settings/channels`): a card per channel and the sending policy. */
export function ChannelSettingsPage() {
  const t = useT();
  const trpc = useTRPC();
  const channels = useQuery(trpc.channels.list.queryOptions());
  const policy = useQuery(trpc.channels.messagingSettings.get.queryOptions());
  const failed = channels.isError || policy.isError;
  return (
    <main className="settings-page">
      <header className="page-header">
        <div>
          <h1>{t(m.title)}</h1>
          <p className="page-subtitle">{t(m.subtitle)}</p>
        </div>
      </header>
      {failed ? (
        <section className="empty-state" role="alert">
          <p>{t(m.loadFailed)}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => void Promise.all([channels.refetch(), policy.refetch()])}
          >
            {t(m.retry)}
          </button>
        </section>
      ) : channels.isPending || policy.isPending ? (
        <p className="loading" role="status">
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
    </main>
  );
}
