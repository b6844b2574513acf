import { channelName } from '../app/channel-names';
import { useLocale, useT } from '../app/i18n';
import { insightMessages as m } from './messages';
import { Table } from '../ui';

export interface ChannelCounts {
  channel: string;
  sent: number;
  skipped: number;
  deferred: number;
  failed: number;
}

/** Messages per channel: sent, skipped (policy, unsubscribed, caps), deferred by quiet hours, failed. */
export function ChannelTable({ rows }: { rows: readonly ChannelCounts[] }) {
  const t = useT();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  return (
    <section className="ui-card insights-card">
      <h2>{t(m.messages)}</h2>
      {rows.length === 0 ? (
        <p className="insights-muted">{t(m.noMessages)}</p>
      ) : (
        <Table data-testid="channel-table" interactive={false}>
          <thead>
            <tr>
              <th scope="col">{t(m.channel)}</th>
              <th scope="col" className="ui-table__num">
                {t(m.sent)}
              </th>
              <th scope="col" className="ui-table__num">
                {t(m.skipped)}
              </th>
              <th scope="col" className="ui-table__num">
                {t(m.deferred)}
              </th>
              <th scope="col" className="ui-table__num">
                {t(m.failed)}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.channel} data-testid="channel-row" data-channel={row.channel}>
                <td>{channelName(row.channel, locale)}</td>
                <td className="ui-table__num">{number.format(row.sent)}</td>
                <td className="ui-table__num">{number.format(row.skipped)}</td>
                <td className="ui-table__num">{number.format(row.deferred)}</td>
                <td className="ui-table__num">{number.format(row.failed)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
