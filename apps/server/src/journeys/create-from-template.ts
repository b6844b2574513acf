import { createJourney, DataError, findWorkspaceAssets, type Db, type Journey } from '@wayfarer/db';
import {
  compileJourney,
  journeyGraphSchema,
  journeyReferences,
  type JourneyGraph,
  type StepReference,
} from '@wayfarer/journey';
import type { Locale, NodeRegistry, SendChannel } from '@wayfarer/nodes';
import { getTemplate, type JourneyTemplate } from '@wayfarer/templates';
import { createTemplateAsset } from '../templates/create-template-assets';
import { setAtPath } from '../templates/set-at-path';
import { TemplateNotFoundError } from './journey-errors';
import { withLotteryPrizes } from './lottery-prizes';

/** How one asset of the template is provided: one the workspace has, or made from the suggestion. */
export type AssetBinding = { use: string } | { create: true };

export interface TemplateChoices {
  /** The channel every message goes out on (the template's own when absent). */
  channel?: SendChannel | undefined;
  /** By the template asset's `ref`; an asset without a binding keeps the template's value. */
  assets?: Readonly<Record<string, AssetBinding>> | undefined;
}

/** The template's graph compiled, for the assets and channels its steps name. */
export function templateReferences(template: JourneyTemplate, registry: NodeRegistry): StepReference[] {
  const compiled = compileJourney(template.graph('en'), registry);
  return compiled.ok ? journeyReferences(compiled.value, registry) : [];
}

/** `graph` with every step reference to `from` of `kind` set to `to`. */
function rebind(graph: JourneyGraph, references: readonly StepReference[], change: (ref: StepReference) => unknown) {
  const nodes = graph.nodes.map((node) => {
    let config = node.data.config;
    for (const reference of references.filter((candidate) => candidate.stepId === node.id)) {
      const value = change(reference);
      if (value !== undefined) config = setAtPath(config, reference.path, value);
    }
    return config === node.data.config ? node : { ...node, data: { ...node.data, config } };
  });
  return { ...graph, nodes };
}

async function checkUsedAssets(db: Db, workspaceId: string, template: JourneyTemplate, choices: TemplateChoices) {
  for (const asset of template.assets ?? []) {
    const binding = choices.assets?.[asset.ref];
    if (binding === undefined || !('use' in binding)) continue;
    const found = await findWorkspaceAssets(db, workspaceId, { [asset.kind]: [binding.use] });
    if (!found[asset.kind]?.includes(binding.use)) {
      throw new DataError('not_found', `The ${asset.kind.replace('_', ' ')} chosen for the template does not exist.`);
    }
  }
}

/**
 * A new draft journey from a template, its messages and step labels in `locale`; named `name`, or
 * after the template in that language. `choices` pick the channel and provide each asset the
 * template names (made from its suggestion in the same transaction, or one the workspace has).
 * Resolves with the journey and the segments it created (for the caller to refresh).
 */
export async function createJourneyFromTemplate(
  services: { db: Db; registry: NodeRegistry },
  input: { workspaceId: string; templateId: string; locale: Locale; name?: string | undefined } & TemplateChoices,
): Promise<{ journey: Journey; createdSegments: string[] }> {
  const { db, registry } = services;
  const { workspaceId, locale } = input;
  const template = getTemplate(input.templateId);
  if (template === undefined) throw new TemplateNotFoundError(input.templateId);
  await checkUsedAssets(db, workspaceId, template, input);
  const references = templateReferences(template, registry);
  return db.transaction().execute(async (trx) => {
    const bound = new Map<string, string>();
    const createdSegments: string[] = [];
    for (const asset of template.assets ?? []) {
      const binding = input.assets?.[asset.ref];
      if (binding === undefined) continue;
      if ('use' in binding) bound.set(asset.ref, binding.use);
      else {
        const created = await createTemplateAsset(trx, workspaceId, asset, locale);
        bound.set(asset.ref, created.ref);
        if (created.segmentId !== undefined) createdSegments.push(created.segmentId);
      }
    }
    // Templates are checked by their unit tests; parsing fills the format's defaults.
    let draft = rebind(journeyGraphSchema.parse(template.graph(locale)), references, (reference) =>
      reference.kind === 'channel' ? input.channel : bound.get(reference.ref),
    );
    for (const [ref, lotteryId] of bound) {
      if (template.assets?.some((asset) => asset.kind === 'lottery' && asset.ref === ref)) {
        draft = await withLotteryPrizes(trx, draft, lotteryId);
      }
    }
    const name = input.name ?? template.name[locale];
    return { journey: await createJourney(trx, { workspaceId, name, draft }), createdSegments };
  });
}
