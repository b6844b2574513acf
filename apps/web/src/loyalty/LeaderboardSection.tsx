import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { ListState } from './ListState';
import { rewardsMessages as m } from './messages';

/** This month's top 20 customers by points earned (UTC month; ties share a rank). */
export function LeaderboardSection() {
  const t = useT();
  const trpc = useTRPC();
  const board = useQuery(trpc.loyalty.leaderboard.queryOptions({ limit: 20 }));
  const entries = { ...board, data: board.data?.entries };
  return (
    <>
      <p className="muted">{t(m.leaderboardIntro)}</p>
      <ListState query={entries} testId="leaderboard">
        {(rows) => (
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t(m.leaderRank)}</th>
                <th scope="col">{t(m.customer)}</th>
                <th scope="col">{t(m.pointsEarned)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.customerId} data-testid="leaderboard-row">
                  <td>{row.rank}</td>
                  <td>
                    {row.name} <code>{row.externalId}</code>
                  </td>
                  <td>{row.points.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListState>
    </>
  );
}
