// What starting a journey from a template needs from the workspace: a channel to send on, and the
// badges, tiers, segments and lotteries its steps name, each to create from the template's
// suggestion or to pick from what the workspace has. The gallery's "Use template" dialog shows it.
import { findWorkspaceAssets, listChannelCredentials, listSegments, type Db } from '@wayfarer/db';
import type { Locale } from '@wayfarer/nodes';
import type { JourneyTemplate, TemplateAsset, TemplateAssetKind } from '@wayfarer/templates';
import { listBadges, listLotteries, listTiers } from '../loyalty/loyalty-admin';

/** One asset the template needs: what creating it makes, what the workspace has to pick from. */
export interface AssetNeed {
  kind: TemplateAssetKind;
  /** The value the template's graph holds; bindings are keyed by it. */
  ref: string;
  /** The suggestion's name, in the requested language. */
  suggestedName: string;
  /** What creating it makes, in one line (prizes and stock of a lottery, a segment's description). */
  suggestedDetail: string;
  /** The workspace already has `ref` (a badge or tier with that key): it is used unless changed. */
  exists: boolean;
  /** The workspace's assets of this kind, by the value a step would hold and their names. */
  options: { ref: string; name: string }[];
}

export interface TemplateSetup {
  /** Channels the template's messages go out on (before any is chosen). */
  templateChannels: string[];
  /** The workspace's connected channels. */
  connectedChannels: string[];
  assets: AssetNeed[];
}

async function optionsOf(db: Db, workspaceId: string, kind: TemplateAssetKind): Promise<AssetNeed['options']> {
  switch (kind) {
    case 'badge':
      return (await listBadges(db, workspaceId)).map((badge) => ({ ref: badge.key, name: badge.name }));
    case 'tier':
      return (await listTiers(db, workspaceId)).map((tier) => ({ ref: tier.key, name: tier.name }));
    case 'segment':
      return (await listSegments(db, workspaceId)).map((segment) => ({ ref: segment.id, name: segment.name }));
    case 'lottery':
      return (await listLotteries(db, workspaceId)).map((lottery) => ({ ref: lottery.lotteryId, name: lottery.name }));
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function suggestedDetail(asset: TemplateAsset, locale: Locale): string {
  switch (asset.kind) {
    case 'badge':
    case 'segment':
      return asset.suggestion.description[locale];
    case 'tier':
      return `${asset.suggestion.metric} ≥ ${asset.suggestion.threshold} / ${asset.suggestion.windowMonths}m`;
    case 'lottery':
      return asset.suggestion.prizes
        .map((prize) => `${prize.name[locale]} × ${prize.stock === null ? '∞' : prize.stock}`)
        .join(' · ');
    default: {
      const unreachable: never = asset;
      return unreachable;
    }
  }
}

/** The template's needs in `workspaceId`, texts in `locale`. */
export async function templateSetup(
  services: { db: Db },
  workspaceId: string,
  template: JourneyTemplate,
  locale: Locale,
  templateChannels: string[],
): Promise<TemplateSetup> {
  const { db } = services;
  const declared = template.assets ?? [];
  const wanted: Partial<Record<TemplateAssetKind, string[]>> = {};
  for (const asset of declared) (wanted[asset.kind] ??= []).push(asset.ref);
  const [found, connected, assets] = await Promise.all([
    findWorkspaceAssets(db, workspaceId, wanted),
    listChannelCredentials(db, workspaceId),
    Promise.all(declared.map((asset) => optionsOf(db, workspaceId, asset.kind))),
  ]);
  return {
    templateChannels,
    connectedChannels: connected.map((row) => row.channel),
    assets: declared.map((asset, index) => ({
      kind: asset.kind,
      ref: asset.ref,
      suggestedName: asset.suggestion.name[locale],
      suggestedDetail: suggestedDetail(asset, locale),
      exists: found[asset.kind]?.includes(asset.ref) ?? false,
      options: assets[index] ?? [],
    })),
  };
}
