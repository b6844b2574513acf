import { birthdaySurprise } from './catalog/birthday-surprise';
import { dailyCheckInStreak } from './catalog/daily-check-in-streak';
import { firstPurchaseGift } from './catalog/first-purchase-gift';
import { lineWelcomeSeries } from './catalog/line-welcome-series';
import { luckyDraw } from './catalog/lucky-draw';
import { vipUpgradeThanks } from './catalog/vip-upgrade-thanks';
import { winBackLapsed } from './catalog/win-back-lapsed';
import type { JourneyTemplate } from './template';

/** Every template, in the order the gallery shows them (a customer's life: join → buy → stay). */
export const journeyTemplates: readonly JourneyTemplate[] = [
  lineWelcomeSeries,
  firstPurchaseGift,
  birthdaySurprise,
  dailyCheckInStreak,
  winBackLapsed,
  vipUpgradeThanks,
  luckyDraw,
];

const byId = new Map(journeyTemplates.map((template) => [template.id, template]));

/** The template with this id, or undefined. */
export function getTemplate(id: string): JourneyTemplate | undefined {
  return byId.get(id);
}
