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

export default defineConfig({
  plugins: [react(), nodePackagesPlugin()],
  server: {
    proxy: {
      '/trpc': 'http://127.0.0.1:3000',
      '/v1': 'http://127.0.0.1:3000',
      '/preview-frame': 'http://127.0.0.1:3000',
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
