// Proves the architecture rules in the root eslint.config.js fire: lints snippets as if they were
// files in the guarded folders. The files need not exist: only their paths matter, so type-aware
// rules (which need the file in a tsconfig) are switched off; the boundary rules are syntactic.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

/** One restricted-import message per offending line of `code`, linted as `file` (relative to the repo root). */
async function restrictedImports(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}${file}` });
  const fatal = result?.messages.filter((message) => message.fatal) ?? [];
  if (fatal.length > 0) throw new Error(fatal.map((message) => message.message).join('\n'));
  const byLine = new Map<number, string>();
  for (const message of result?.messages ?? []) {
    if (message.ruleId === 'no-restricted-imports' && !byLine.has(message.line))
      byLine.set(message.line, message.message);
  }
  return [...byLine.values()];
}

describe('boundary lint rules', { timeout: 60_000 }, () => {
  it('the workflow sandbox may not import Node built-ins, with or without the node: prefix', async () => {
    const found = await restrictedImports(
      "import fs from 'node:fs';\nimport path from 'path';\nexport const x = [fs, path];\n",
      'workflows/src/probe.ts',
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('workflow sandbox');
  });

  it('the workflow sandbox may not import databases, Temporal client/worker/activity or node facets', async () => {
    const imports = [
      'pg',
      'kysely',
      '@wayfarer/db',
      '@wayfarer/nodes/runtime',
      '@wayfarer/nodes/editor',
      '@acme/nodes/runtime',
      '@temporalio/worker',
      '@temporalio/client',
      '@temporalio/activity',
    ];
    const code = imports.map((name, index) => `import * as m${index} from '${name}';`).join('\n');
    expect(await restrictedImports(`${code}\nexport {};\n`, 'workflows/src/probe.ts')).toHaveLength(imports.length);
  });

  it('the workflow sandbox may import pure packages and the workflow API', async () => {
    const code =
      "import { compileJourney } from '@wayfarer/journey';\nimport { sleep } from '@temporalio/workflow';\nexport const x = [compileJourney, sleep];\n";
    expect(await restrictedImports(code, 'workflows/src/probe.ts')).toEqual([]);
  });

  it('@wayfarer/journey may not import Node built-ins or other workspace packages', async () => {
    expect(
      await restrictedImports(
        "import { createHash } from 'node:crypto';\nexport const x = createHash;\n",
        'packages/journey/src/probe.ts',
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        "import { createNodeRegistry } from '@wayfarer/nodes';\nexport const x = createNodeRegistry;\n",
        'packages/journey/src/probe.ts',
      ),
    ).toHaveLength(1);
  });

  it('tests next to sandboxed code run in Node and may use it', async () => {
    expect(
      await restrictedImports("import fs from 'node:fs';\nexport const x = fs;\n", 'workflows/src/probe.test.ts'),
    ).toEqual([]);
  });

  it('packages may not import apps, by name or by relative path', async () => {
    const code =
      "import { a } from '@wayfarer/server';\nimport { b } from '@wayfarer/worker/activities';\nimport { c } from '../../../apps/web/src/main';\nexport const x = [a, b, c];\n";
    expect(await restrictedImports(code, 'packages/nodes/src/probe.ts')).toHaveLength(3);
    expect(
      await restrictedImports(
        "import { cli } from '@wayfarer/cli';\nexport const x = cli;\n",
        'workflows/src/probe.test.ts',
      ),
    ).toHaveLength(1);
  });

  it('nobody deep-imports the src/ of another package', async () => {
    const code = "import { compileJourney } from '@wayfarer/journey/src/compile';\nexport const x = compileJourney;\n";
    expect(await restrictedImports(code, 'apps/cli/src/probe.ts')).toHaveLength(1);
  });

  it('apps may use Node built-ins and I/O packages', async () => {
    const code =
      "import { readFile } from 'node:fs/promises';\nimport { Kysely } from 'kysely';\nexport const x = [readFile, Kysely];\n";
    expect(await restrictedImports(code, 'apps/cli/src/probe.ts')).toEqual([]);
  });
});
