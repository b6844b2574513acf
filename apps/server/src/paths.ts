import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file (apps/server/src), whatever the working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The web app as built by Vite (`npm run build -w @wayfarer/web`; `npm start` builds it). */
export const defaultWebRoot = join(repoRoot, 'apps', 'web', 'dist');

/** Where the embedded start keeps its state (PostgreSQL, Temporal's SQLite file and binaries, the demo key). */
export const dataDir = join(repoRoot, '.data');
