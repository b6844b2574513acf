import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Connections a process may open to the embedded database. PGlite is one session: the socket server
 * multiplexes connections onto it, so two connections' transactions (and extended-protocol
 * messages) interleave — one's ROLLBACK undoes the other's work. One connection makes every
 * statement and transaction take turns, which is what a single session needs.
 */
export const EMBEDDED_POOL_SIZE = 1;

export interface EmbeddedPostgres {
  /** postgres:// URL the ordinary `pg` driver connects to; open it with {@link EMBEDDED_POOL_SIZE}. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a PGlite database (persisted in `dataDir`) over the Postgres wire protocol, so the
 * embedded default runs the same `pg` code path as production.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 32,
  });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
