import { useState } from 'react';
import { useT } from '../app/i18n';
import { BadgesSection } from './BadgesSection';
import { CouponPoolsSection } from './CouponPoolsSection';
import { LeaderboardSection } from './LeaderboardSection';
import { LotteriesSection } from './LotteriesSection';
import { rewardsMessages as m } from './messages';
import { TiersSection } from './TiersSection';
import { ValueTiersSection } from './ValueTiersSection';
import '../app/page.css';
import './rewards.css';

const tabs = [
  { id: 'pools', label: m.tabPools, Section: CouponPoolsSection },
  { id: 'badges', label: m.tabBadges, Section: BadgesSection },
  { id: 'tiers', label: m.tabTiers, Section: TiersSection },
  { id: 'lotteries', label: m.tabLotteries, Section: LotteriesSection },
  { id: 'value-tiers', label: m.tabValueTiers, Section: ValueTiersSection },
  { id: 'leaderboard', label: m.tabLeaderboard, Section: LeaderboardSection },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** The rewards admin (`/rewards`): coupon pools, badges, tiers, lotteries, value tiers and the leaderboard, one tab each. */
export function RewardsPage() {
  const t = useT();
  const [current, setCurrent] = useState<TabId>('pools');
  const tab = tabs.find((candidate) => candidate.id === current) ?? tabs[0];
  // `segments-page` lends the shared page chrome (app/page.css) without editing its selectors.
  return (
    <main className="segments-page rewards-page">
      <header className="page-header">
        <div>
          <h1>{t(m.title)}</h1>
          <p className="page-subtitle">{t(m.subtitle)}</p>
        </div>
      </header>
      <div role="tablist" className="rewards-tabs">
        {tabs.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            role="tab"
            aria-selected={candidate.id === current}
            data-testid={`rewards-tab-${candidate.id}`}
            className="rewards-tab"
            onClick={() => setCurrent(candidate.id)}
          >
            {t(candidate.label)}
          </button>
        ))}
      </div>
      <section role="tabpanel" data-testid={`rewards-panel-${tab.id}`}>
        <tab.Section />
      </section>
    </main>
  );
}
