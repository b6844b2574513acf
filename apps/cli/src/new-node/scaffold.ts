import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CliError } from '../errors';
import { packageJson, readme, tsconfigJson } from './package-files';
import { titleOf, type NodePackageNames } from './package-name';
import { editorSource, runtimeSource, specSource, stackTestSource } from './source-files';

/** Everything the templates need: the names, and where the package sits in the checkout. */
export interface ScaffoldNames extends NodePackageNames {
  title: string;
  /** The spec's variable name: `crmLookupNode`. */
  specName: string;
  /** From the package's folder to the checkout's root, e.g. `../..`. */
  toRoot: string;
  /** From the root to the package's folder, e.g. `packages/crm-lookup`. */
  fromRoot: string;
}

/** `crm-lookup` → `crmLookupNode` (a valid identifier whatever npm allowed in the name). */
function specNameOf(baseName: string): string {
  const words = baseName.split(/[^a-zA-Z0-9]+/).filter((word) => word !== '');
  const camel = words.map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  return /^[a-zA-Z]/.test(camel) ? `${camel}Node` : `node${camel}`;
}

/** The checkout the package joins: the nearest folder above `dir` whose package.json has workspaces. */
export function findWorkspaceRoot(dir: string): string {
  for (let current = dir; ; current = dirname(current)) {
    const manifest = join(current, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) return current;
    if (dirname(current) === current) {
      throw new CliError(
        'config',
        `new-node makes a package inside a Wayfarer checkout, and no folder above ${dir} has a package.json with "workspaces".`,
      );
    }
  }
}

const posix = (path: string): string => path.split(sep).join('/');

/** The files of a new package, by path inside its folder. */
export function scaffoldFiles(names: NodePackageNames, folder: string, root: string): Record<string, string> {
  const scaffold: ScaffoldNames = {
    ...names,
    title: titleOf(names.baseName),
    specName: specNameOf(names.baseName),
    toRoot: posix(relative(folder, root)),
    fromRoot: posix(relative(root, folder)),
  };
  return {
    'package.json': packageJson(scaffold),
    'tsconfig.json': tsconfigJson(scaffold),
    'README.md': readme(scaffold),
    'src/index.ts': specSource(scaffold),
    'src/runtime.ts': runtimeSource(scaffold),
    'src/editor.ts': editorSource(scaffold),
    [`src/${names.baseName}.stack.test.ts`]: stackTestSource(scaffold),
  };
}

/** The files as the repository's Prettier settings print them, so they pass its format check as made. */
export async function formatScaffold(folder: string, files: Record<string, string>): Promise<Record<string, string>> {
  const formatted = await Promise.all(
    Object.entries(files).map(async ([path, text]) => {
      const filepath = join(folder, path);
      const options = (await resolveConfig(filepath)) ?? {};
      return [path, await format(text, { ...options, filepath })] as const;
    }),
  );
  return Object.fromEntries(formatted);
}

const alreadyThere = (folder: string): CliError =>
  new CliError('exists', `${folder} already exists; new-node writes only into a new folder.`);

/** Refuses a folder that exists (checked again, race-free, when it is created). */
export function assertNewFolder(folder: string): void {
  if (existsSync(folder)) throw alreadyThere(folder);
}

/** Creates `folder` (which must not exist) with `files`; an existing folder is left untouched. */
export function writeScaffold(folder: string, files: Record<string, string>): void {
  mkdirSync(dirname(folder), { recursive: true });
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyThere(folder);
    throw new CliError('io', `Cannot create ${folder}: ${(error as Error).message}`);
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}
