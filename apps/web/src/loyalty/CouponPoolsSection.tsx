import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { AddCodesForm } from './AddCodesForm';
import { CouponPoolForm } from './CouponPoolForm';
import { ListState } from './ListState';
import type { CouponPoolRow } from './loyalty-types';
import { rewardsMessages as m } from './messages';
import { countOrUnlimited, poolInventory } from './reward-forms';

function Validity({ pool }: { pool: CouponPoolRow }) {
  const t = useT();
  const parts = [
    pool.validityDays !== null ? t(m.validFor, { days: pool.validityDays }) : undefined,
    pool.validUntil !== null ? t(m.validUntil, { date: new Date(pool.validUntil).toLocaleDateString() }) : undefined,
  ].filter((part) => part !== undefined);
  return <>{parts.length === 0 ? t(m.validAlways) : parts.join(', ')}</>;
}

function PoolRow({ pool }: { pool: CouponPoolRow }) {
  const t = useT();
  const unlimited = t(m.unlimited);
  return (
    <tr data-testid="pool-row" data-pool-id={pool.id}>
      <td>{pool.name}</td>
      <td className="ui-table__num" data-testid="pool-inventory">
        {countOrUnlimited(poolInventory(pool), unlimited)}
      </td>
      <td className="ui-table__num" data-testid="pool-issued">
        {pool.stock.issued}
      </td>
      <td className="ui-table__num" data-testid="pool-redeemed">
        {pool.stock.redeemed}
      </td>
      <td className="ui-table__num" data-testid="pool-remaining">
        {countOrUnlimited(pool.stock.remaining, unlimited)}
      </td>
      <td>
        <Validity pool={pool} />
      </td>
      <td>{pool.source === 'list' && <AddCodesForm poolId={pool.id} />}</td>
    </tr>
  );
}

/** Coupon pools with live stock; creates pools and uploads codes. */
export function CouponPoolsSection() {
  const t = useT();
  const trpc = useTRPC();
  const list = useQuery(trpc.loyalty.couponPools.list.queryOptions());
  return (
    <>
      <CouponPoolForm />
      <ListState query={list} testId="pools">
        {(pools) => (
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t(m.name)}</th>
                <th scope="col" className="ui-table__num">
                  {t(m.inventory)}
                </th>
                <th scope="col" className="ui-table__num">
                  {t(m.issued)}
                </th>
                <th scope="col" className="ui-table__num">
                  {t(m.redeemed)}
                </th>
                <th scope="col" className="ui-table__num">
                  {t(m.remaining)}
                </th>
                <th scope="col">{t(m.validity)}</th>
                <th scope="col">{t(m.addCodes)}</th>
              </tr>
            </thead>
            <tbody>
              {pools.map((pool) => (
                <PoolRow key={pool.id} pool={pool} />
              ))}
            </tbody>
          </table>
        )}
      </ListState>
    </>
  );
}
