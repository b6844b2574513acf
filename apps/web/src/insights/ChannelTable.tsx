import { channelName } from '../app/channel-names';
import { useLocale, useT } from '../app/i18n';
import { insightMessages as m } from './messages';

export interface ChannelCounts {
  channel: string;
  sent: number;
  skipped: number;
  failed: number;
}

/** Messages per channel: sent, skipped (policy, quiet hours, unsubscribed), failed. */
export function ChannelTable({ rows }: { rows: readonly ChannelCounts[] }) {
  const t = useT();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  return (
    <section className="insights-card">
      <h2>{t(m.messages)}</h2>
      {rows.length === 0 ? (
        <p className="insights-muted">{t(m.noMessages)}</p>
      ) : (
        <table className="insights-table" data-testid="channel-table">
          <thead>
            <tr>
              <th>{t(m.channel)}</th>
              <th>{t(m.sent)}</th>
              <th>{t(m.skipped)}</th>
              <th>{t(m.failed)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.channel} data-testid="channel-row" data-channel={row.channel}>
                <td>{channelName(row.channel, locale)}</td>
                <td>{number.format(row.sent)}</td>
                <td>{number.format(row.skipped)}</td>
                <td>{number.format(row.failed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
