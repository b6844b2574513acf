import validatePackageName from 'validate-npm-package-name';
import { CliError } from '../errors';

/** The names a new node package is built from. */
export interface NodePackageNames {
  /** The npm name, e.g. `@acme/crm-lookup`. */
  packageName: string;
  /** The name without its scope: the default folder, e.g. `crm-lookup`. */
  baseName: string;
  /** The node type id, namespaced by the scope: `acme.crm-lookup` (`custom.<name>` without a scope). */
  typeId: string;
}

/** Checks `name` against npm's rules for new packages; a usage CliError says what is wrong. */
export function nodePackageNames(name: string): NodePackageNames {
  const { validForNewPackages, errors = [], warnings = [] } = validatePackageName(name);
  if (!validForNewPackages) {
    throw new CliError('usage', `"${name}" is not a valid npm package name: ${[...errors, ...warnings].join('; ')}.`);
  }
  const scoped = /^@([^/]+)\/(.+)$/.exec(name);
  const baseName = scoped?.[2] ?? name;
  return { packageName: name, baseName, typeId: `${scoped?.[1] ?? 'custom'}.${baseName}` };
}

/** "crm-lookup" → "Crm lookup": the node's title until its author writes one. */
export function titleOf(baseName: string): string {
  const words = baseName.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
