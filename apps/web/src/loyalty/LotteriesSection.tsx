import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { ListState } from './ListState';
import { LotteryForm } from './LotteryForm';
import type { LotteryRow } from './loyalty-types';
import { rewardsMessages as m } from './messages';
import { countOrUnlimited, percent } from './reward-forms';

function LotteryCard({ lottery }: { lottery: LotteryRow }) {
  const t = useT();
  return (
    <section className="ui-card lottery-card" data-testid="lottery-card" data-lottery-id={lottery.lotteryId}>
      <h2>{lottery.name}</h2>
      <table className="ui-table">
        <thead>
          <tr>
            <th scope="col">{t(m.name)}</th>
            <th scope="col" className="ui-table__num">
              {t(m.odds)}
            </th>
            <th scope="col" className="ui-table__num">
              {t(m.remaining)}
            </th>
          </tr>
        </thead>
        <tbody>
          {lottery.prizes.map((prize) => (
            <tr key={prize.id} data-testid="prize-odds" data-prize-key={prize.key}>
              <td>
                {prize.name} <code>{prize.key}</code>
              </td>
              <td className="ui-table__num" data-testid="prize-probability">
                {percent(prize.probability)}
              </td>
              <td className="ui-table__num" data-testid="prize-remaining">
                {countOrUnlimited(prize.remaining, t(m.unlimited))}
              </td>
            </tr>
          ))}
          <tr data-testid="lose-odds">
            <td>{t(m.noPrize)}</td>
            <td className="ui-table__num">{percent(lottery.loseProbability)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** Lotteries with each prize's current odds and remaining stock; creates one. */
export function LotteriesSection() {
  const trpc = useTRPC();
  const list = useQuery(trpc.loyalty.lotteries.list.queryOptions());
  return (
    <>
      <LotteryForm />
      <ListState query={list} testId="lotteries">
        {(lotteries) => lotteries.map((lottery) => <LotteryCard key={lottery.lotteryId} lottery={lottery} />)}
      </ListState>
    </>
  );
}
