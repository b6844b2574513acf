import type { LocalizedText } from '@wayfarer/nodes';
import type { SegmentRule } from '@wayfarer/segments';

/** What a lottery prize of a suggested lottery gives: points, or a coupon from a pool made with it. */
export type SuggestedPrizeReward =
  | { kind: 'points'; points: number }
  | { kind: 'coupon'; pool: { name: LocalizedText; codePattern: string; inventory: number | null } };

export interface SuggestedPrize {
  key: string;
  name: LocalizedText;
  weight: number;
  /** How many can be won; null = unlimited. */
  stock: number | null;
  reward: SuggestedPrizeReward;
}

/**
 * Something of the workspace a template's steps name (a badge key, a lottery id, a segment, a
 * tier): `ref` is the value the template's graph holds, and `suggestion` is what the marketer can
 * create in one click when starting from the template (or they pick one they have). Every asset a
 * template's steps reference is declared here; `templates.test.ts` checks it.
 */
export type TemplateAsset =
  | { kind: 'badge'; ref: string; suggestion: { key: string; name: LocalizedText; description: LocalizedText } }
  | {
      kind: 'tier';
      ref: string;
      suggestion: {
        key: string;
        name: LocalizedText;
        rank: number;
        metric: 'points' | 'spend';
        threshold: number;
        windowMonths: number;
      };
    }
  | {
      kind: 'segment';
      ref: string;
      suggestion: { name: LocalizedText; description: LocalizedText; rule: SegmentRule };
    }
  | { kind: 'lottery'; ref: string; suggestion: { name: LocalizedText; loseWeight: number; prizes: SuggestedPrize[] } };

export type TemplateAssetKind = TemplateAsset['kind'];

/** A uuid-shaped stand-in for an id the marketer chooses (configs that hold ids validate them as uuids). */
export const CHOOSE_ID = '00000000-0000-0000-0000-000000000000';
