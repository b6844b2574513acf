// The package around the sources: package.json with its exports map, tsconfig, README.
import type { ScaffoldNames } from './scaffold';

export function packageJson(names: ScaffoldNames): string {
  const manifest = {
    name: names.packageName,
    version: '0.1.0',
    private: true,
    type: 'module',
    exports: { '.': './src/index.ts', './runtime': './src/runtime.ts', './editor': './src/editor.ts' },
    scripts: {
      typecheck: 'tsc -p . --noEmit',
      lint: 'eslint src',
      test: `vitest run --root ${names.toRoot} --project unit --project integration ${names.fromRoot}/src/`,
    },
    dependencies: { '@wayfarer/nodes': '*', zod: '^4.1.0' },
    devDependencies: { '@wayfarer/journey': '*', '@wayfarer/test': '*' },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function tsconfigJson(names: ScaffoldNames): string {
  return `${JSON.stringify({ extends: `${names.toRoot}/tsconfig.base.json`, include: ['src'] })}\n`;
}

export function readme(names: ScaffoldNames): string {
  return `# ${names.packageName}

A Wayfarer node type: **${names.title}** (\`${names.typeId}\`), an action that sets a profile attribute.
Made with \`npx wayfarer new-node\`; change it into your own (see docs/writing-a-node-type.md).

| Entry       | File              | What it holds                                          |
| ----------- | ----------------- | ------------------------------------------------------ |
| \`.\`         | \`src/index.ts\`    | the spec: config schema, ports, texts (pure)           |
| \`./runtime\` | \`src/runtime.ts\`  | what the step does in the worker, with its services    |
| \`./editor\`  | \`src/editor.ts\`   | how the editor shows it (icon, summary)                |

## Use it

1. Install it where \`wayfarer.config.json\` is (names resolve from that file's folder): in this
   checkout, \`npm install\` at the root links it.
2. Add it to the config: \`"nodePackages": ["${names.packageName}"]\`.
3. \`npx wayfarer nodes\` lists it; the editor's palette shows it under Custom.

## Test it

\`npm test\` runs \`src/*.stack.test.ts\` on the product (Postgres, Temporal's time-skipping server,
the real worker) through \`@wayfarer/test/node-kit\`; \`npm run lint\` and \`npm run typecheck\` check
the rest.
`;
}
