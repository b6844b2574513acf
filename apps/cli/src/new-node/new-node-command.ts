import { resolve } from 'node:path';
import { exitCodes } from '../errors';
import type { CliIo } from '../run-cli';
import { nodePackageNames } from './package-name';
import { assertNewFolder, findWorkspaceRoot, formatScaffold, scaffoldFiles, writeScaffold } from './scaffold';

/** `wayfarer new-node <name> [--dir <folder>]`: a node type package that lints, typechecks and tests as made. */
export async function runNewNode(command: { name: string; dir?: string }, io: CliIo): Promise<number> {
  const names = nodePackageNames(command.name);
  const folder = resolve(io.cwd, command.dir ?? names.baseName);
  assertNewFolder(folder);
  const root = findWorkspaceRoot(resolve(folder, '..'));
  const files = await formatScaffold(folder, scaffoldFiles(names, folder, root));
  writeScaffold(folder, files);
  io.stdout.write(
    [
      `Created ${names.packageName} (node type ${names.typeId}) in ${folder}:`,
      ...Object.keys(files).map((path) => `  ${path}`),
      '',
      'Next:',
      `  npm install                      (at ${root}: links the package so the config can resolve it)`,
      `  add "${names.packageName}" to "nodePackages" in wayfarer.config.json`,
      `  cd ${folder} && npm test   (its journey test on Postgres and Temporal's time-skipping server)`,
      '  npx wayfarer nodes               (lists it)',
      '',
    ].join('\n'),
  );
  return exitCodes.ok;
}
