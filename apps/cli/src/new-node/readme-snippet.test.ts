import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodePackageNames } from './package-name';
import { formatScaffold, scaffoldFiles } from './scaffold';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

// The README's "Adding a node type" shows what new-node writes, so it lints and typechecks as the
// generated package does (test/integration/node-kit/new-node.test.ts proves that).
describe('the README’s node type snippet', () => {
  it('is the scaffold’s output for @acme/erp-sync, file by file', async () => {
    const folder = join(repoRoot, 'erp-sync');
    const files = await formatScaffold(folder, scaffoldFiles(nodePackageNames('@acme/erp-sync'), folder, repoRoot));
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Adding a node type'));
    for (const path of ['src/index.ts', 'src/runtime.ts', 'src/editor.ts']) {
      expect(section, path).toContain(`// ${path} — `);
      expect(section, path).toContain(files[path]);
    }
  });
});
