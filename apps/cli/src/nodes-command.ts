import { findConfigFile, loadNodeRegistry, readWayfarerConfig } from '@wayfarer/config';
import { groupByCategory, listNodeTypes, type NodeTypeListing } from '@wayfarer/nodes';
import { exitCodes } from './errors';
import type { CliIo } from './run-cli';

const categoryTitles: Record<NodeTypeListing['category'], string> = {
  triggers: 'Triggers',
  actions: 'Actions',
  flow: 'Flow',
  rewards: 'Rewards',
  custom: 'Custom',
};

/** `wayfarer nodes`: the registered node types, as `nodeTypes.list` lists them. */
export async function runNodes(command: { json: boolean }, io: CliIo): Promise<number> {
  const registry = await loadNodeRegistry(readWayfarerConfig(findConfigFile(io.cwd, io.env)));
  const listing = listNodeTypes(registry);
  io.stdout.write(command.json ? `${JSON.stringify(listing, null, 2)}\n` : formatListing(listing));
  return exitCodes.ok;
}

/** One section per category; a line per type: id, version, English title, package, ports. */
export function formatListing(listing: readonly NodeTypeListing[]): string {
  const width = Math.max(...listing.map((entry) => entry.type.length + `${entry.version}`.length + 3));
  const lines = groupByCategory(listing).flatMap((group) => [
    `${categoryTitles[group.category]}`,
    ...group.items.map((entry) => {
      const id = `${entry.type} v${entry.version}`.padEnd(width);
      return `  ${id} ${entry.title.en} — ${entry.package ?? 'unknown package'} — ports: ${portsOf(entry)}`;
    }),
    '',
  ]);
  return `${lines.join('\n')}\n`;
}

function portsOf(entry: NodeTypeListing): string {
  const ports = entry.ports.length === 0 ? 'none' : entry.ports.join(', ');
  return entry.portsDependOnConfig ? `${ports} (depend on the config)` : ports;
}
