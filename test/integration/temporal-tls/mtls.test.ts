// Secured Temporal: the production server and worker processes reach Temporal only through a
// TLS-terminating proxy that demands a client certificate (an mTLS cluster), configured by the
// TEMPORAL_TLS_* variables alone, and a journey runs end to end. A server CA the client does not
// trust, and a client without a certificate, are refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadNodeRegistry } from '@wayfarer/config';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, runAppUntilExit, type AppProcess } from '../../support/app-processes';
import { createCertificateAuthority } from '../../support/certificates';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';
import { createWorkspaceWithKey } from '../../support/stack';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { startTlsProxy, type TlsProxy } from '../../support/tls-proxy';

const welcome: JourneyGraphInput = {
  name: 'Welcome over mTLS',
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
    { id: 'tag', type: 'core.tag', data: { config: { add: ['secured'] } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'tag' },
    { id: 'e2', source: 'tag', sourceHandle: 'out', target: 'end' },
  ],
};

describe('Temporal over mTLS, configured from the environment', () => {
  let temporal: TestWorkflowEnvironment;
  let database: TestDatabase;
  let proxy: TlsProxy;
  const apps: AppProcess[] = [];
  const files = mkdtempSync(join(tmpdir(), 'wayfarer-mtls-'));
  const file = (name: string, text: string): string => {
    const path = join(files, name);
    writeFileSync(path, text);
    return path;
  };
  let secured: Record<string, string>;
  let strangerCa: string;
  let serverCaPem: string;

  beforeAll(async () => {
    [temporal, database] = await Promise.all([createDevServerEnv(), createTestDatabase('mtls')]);
    const serverCa = await createCertificateAuthority('Temporal server CA');
    const clientCa = await createCertificateAuthority('Wayfarer client CA');
    const serverCert = await serverCa.issue({ commonName: 'localhost', role: 'server' });
    const clientCert = await clientCa.issue({ commonName: 'wayfarer', role: 'client' });
    serverCaPem = serverCa.cert;
    strangerCa = (await createCertificateAuthority('Somebody else')).cert;
    proxy = await startTlsProxy({ target: temporal.address, ...serverCert, clientCa: clientCa.cert });
    secured = {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: proxy.address,
      TEMPORAL_TLS_SERVER_NAME: 'localhost',
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: file('server-ca.pem', serverCa.cert),
      TEMPORAL_TLS_CLIENT_CERT_PATH: file('client.pem', clientCert.cert),
      TEMPORAL_TLS_CLIENT_KEY_PATH: file('client.key', clientCert.key),
      TEMPORAL_TASK_QUEUE: `mtls-${Date.now()}`,
      WORKFLOW_BUNDLE_PATH: (await bundleJourneyWorkflows()).codePath,
    };
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await proxy?.close();
    await temporal?.teardown();
    await database?.drop();
  });

  it('runs a journey with the server and the worker both connected through the mTLS proxy', async () => {
    const [worker, server] = await Promise.all([
      startAppProcess('worker', secured),
      startAppProcess('server', secured),
    ]);
    apps.push(worker, server);
    const { workspaceId, key } = await createWorkspaceWithKey({ database }, 'Secured');
    await publishGraph(database.db, await loadNodeRegistry(), { workspaceId, name: 'Welcome', graph: welcome });

    const response = await fetch(`${server.url}/v1/track`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'mei', event: 'signed_up', messageId: 'signup-mei' }),
    });
    expect(response.status).toBe(200);
    const finished = await eventually(async () =>
      database.db
        .selectFrom('enrollments')
        .select(['status', 'workflowId'])
        .where('workspaceId', '=', workspaceId)
        .where('status', '=', 'completed')
        .executeTakeFirst(),
    );
    expect(finished.workflowId).toMatch(/^journey:/);
    // The workflow ran in the dev server behind the proxy: its history is there.
    const description = await temporal.client.workflow.getHandle(finished.workflowId).describe();
    expect(description.taskQueue).toBe(secured.TEMPORAL_TASK_QUEUE);
  });

  it('refuses a server certificate from a CA the client does not trust', async () => {
    const before = proxy.refusedHandshakes;
    const env = { ...secured, TEMPORAL_TLS_SERVER_CA_CERT_PATH: file('stranger-ca.pem', strangerCa) };
    const worker = await runAppUntilExit('worker', env);
    expect(worker.code).not.toBe(0);
    expect(worker.output).toMatch(/certificate|UnknownIssuer|tls/i);
    expect(proxy.refusedHandshakes).toBeGreaterThan(before);
  });

  it('refuses a client without a certificate at the proxy', async () => {
    const before = proxy.refusedHandshakes;
    await expect(
      Connection.connect({
        address: proxy.address,
        tls: { serverNameOverride: 'localhost', serverRootCACertificate: Buffer.from(serverCaPem) },
        connectTimeout: 5_000,
      }),
    ).rejects.toThrow();
    expect(proxy.refusedHandshakes).toBeGreaterThan(before);
  });
});
