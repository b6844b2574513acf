import { useState } from 'react';
import { useT } from '../app/i18n';
import { BadgesSection } from './BadgesSection';
import { CouponPoolsSection } from './CouponPoolsSection';
import { LeaderboardSection } from './LeaderboardSection';
import { LotteriesSection } from './LotteriesSection';
import { rewardsMessages as m } from './messages';
import { TiersSection } from './TiersSection';
import { ValueTiersSection } from './ValueTiersSection';
import { Page, Tabs } from '../ui';
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
  return (
    <Page className="rewards-page" width="wide" title={t(m.title)} subtitle={t(m.subtitle)}>
      <Tabs
        label={t(m.title)}
        selected={current}
        onSelect={setCurrent}
        tabs={tabs.map((tab) => ({
          id: tab.id,
          label: t(tab.label),
          testId: `rewards-tab-${tab.id}`,
          content: (
            <div data-testid={`rewards-panel-${tab.id}`} className="rewards-panel">
              <tab.Section />
            </div>
          ),
        }))}
      />
    </Page>
  );
}
