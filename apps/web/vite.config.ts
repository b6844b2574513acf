import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { findConfigFile, readWayfarerConfig } from '@wayfarer/config';

const VIRTUAL_ID = 'virtual:wayfarer-node-packages';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The node-type packages listed in wayfarer.config.json, as a module the editor imports: each
 * package's specs (main entry) and editor facets (`/editor`). Adding a node type is configuration.
 */
function nodePackagesPlugin(): Plugin {
  return {
    name: 'wayfarer-node-packages',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const file = findConfigFile();
      if (file !== undefined) this.addWatchFile(file);
      const { nodePackages } = readWayfarerConfig(file);
      const imports = nodePackages.flatMap((name, index) => [
        `import * as main${index} from ${JSON.stringify(name)};`,
        `import { editors as editors${index} } from ${JSON.stringify(`${name}/editor`)};`,
      ]);
      const entries = nodePackages.map(
        (name, index) =>
          `{ name: ${JSON.stringify(name)}, nodeTypes: main${index}.nodeTypes, eventRules: main${index}.eventRules ?? [], editors: editors${index} }`,
      );
      return `${imports.join('\n')}\nexport const nodePackages = [${entries.join(', ')}];\n`;
    },
  };
}

const EARLY_ENTRY = fileURLToPath(new URL('./src/open-early.ts', import.meta.url));

/**
 * A second entry, src/open-early.ts, put first in the page: the app's API clients (a twentieth of
 * its code), which run before the rest has downloaded, so that an editor address fetches the
 * editor's code and the journey beside it. (Vite would merge a second script of index.html into the
 * app's entry, which runs only once all of it is in.)
 */
function earlyEntryPlugin(): Plugin {
  return {
    name: 'wayfarer-early-entry',
    config: () => ({
      build: {
        rolldownOptions: {
          input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), early: EARLY_ENTRY },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'early',
        );
        const src = chunk === undefined ? '/src/open-early.ts' : `/${chunk.fileName}`;
        // Module scripts run in page order: first of all when built; in development after Vite's
        // own (React's refresh set-up), still before main.tsx in the body.
        const injectTo = context.server === undefined ? 'head-prepend' : 'head';
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo }];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), nodePackagesPlugin(), earlyEntryPlugin()],
  server: {
    proxy: {
      '/trpc': 'http://127.0.0.1:3000',
      '/v1': 'http://127.0.0.1:3000',
      '/preview-frame': 'http://127.0.0.1:3000',
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
