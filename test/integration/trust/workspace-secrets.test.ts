// Workspace secrets through the API: set (create or replace), listed by name and setter only,
// deleted; names checked with a 400 naming the field; the value sealed at rest, opened by the
// worker's reader, and found in no answer, no audit entry and no error.
import { randomBytes } from 'node:crypto';
import { createSecretBox } from '@wayfarer/channels';
import { findWorkspaceSecret } from '@wayfarer/db';
import { openWorkspaceSecret } from '@wayfarer/node-services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

const box = createSecretBox(randomBytes(32));
let test: TestServer;
let workspace: TestWorkspace;

beforeAll(async () => {
  test = await startTestServer('trust_secrets', { secretBox: box });
  workspace = await createTestWorkspace(test);
});

afterAll(async () => {
  await test.close();
});

const stored = async (name: string) => {
  const sealed = await findWorkspaceSecret(test.database.db, workspace.workspaceId, name);
  return sealed === undefined
    ? undefined
    : { sealed, open: openWorkspaceSecret(box, workspace.workspaceId, name, sealed) };
};

const auditText = async () =>
  JSON.stringify(
    await test.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('workspaceId', '=', workspace.workspaceId)
      .execute(),
  );

describe('workspace secrets', () => {
  it('sets a secret sealed, lists its name and setter, never its value', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    const value = 'tok_first_4f1c9e';
    expect(await admin.workspaceSecrets.set.mutate({ name: '  acme.crm.token ', secretValue: `${value}\n` })).toEqual({
      name: 'acme.crm.token',
      replaced: false,
    });
    const secret = await stored('acme.crm.token');
    expect(secret?.sealed).not.toContain(value);
    expect(secret?.open).toBe(value);
    const listed = await admin.workspaceSecrets.list.query();
    expect(listed).toEqual([
      expect.objectContaining({ name: 'acme.crm.token', setBy: { type: 'api_key', name: 'full' } }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(value);
    expect(await auditText()).not.toContain(value);
  });

  it('replaces the value of a secret of the same name', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    await admin.workspaceSecrets.set.mutate({ name: 'acme.erp.key', secretValue: 'old-value-1' });
    expect(await admin.workspaceSecrets.set.mutate({ name: 'acme.erp.key', secretValue: 'new-value-2' })).toEqual({
      name: 'acme.erp.key',
      replaced: true,
    });
    expect((await stored('acme.erp.key'))?.open).toBe('new-value-2');
    const names = (await admin.workspaceSecrets.list.query()).map((secret) => secret.name);
    expect(names.filter((name) => name === 'acme.erp.key')).toHaveLength(1);
  });

  it('refuses a bad name or an empty value with a 400 naming the field, and stores nothing', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    const cases = [
      { input: { name: 'Acme Token', secretValue: 'v' }, field: 'name', message: /lower-case/ },
      { input: { name: 'acme\u200b.token', secretValue: 'v' }, field: 'name', message: /zero-width/ },
      { input: { name: '   ', secretValue: 'v' }, field: 'name', message: /Enter a name/ },
      { input: { name: 'a'.repeat(101), secretValue: 'v' }, field: 'name', message: /at most 100/ },
      { input: { name: 'acme.empty', secretValue: ' \n ' }, field: 'secretValue', message: /Enter the value/ },
    ];
    for (const { input, field, message } of cases) {
      const error = await trpcError(admin.workspaceSecrets.set.mutate(input));
      expect(error.data?.httpStatus, JSON.stringify(input)).toBe(400);
      expect(error.data?.issues?.map((issue) => issue.path)).toEqual([field]);
      expect(error.message).toMatch(message);
      expect(JSON.stringify(error.data)).not.toMatch(/\.ts\b|at .*\(/);
    }
    const names = (await admin.workspaceSecrets.list.query()).map((secret) => secret.name);
    expect(names).not.toContain('acme.empty');
  });

  it('deletes a secret; deleting it again is a 404', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    await admin.workspaceSecrets.set.mutate({ name: 'acme.gone', secretValue: 'soon-gone-value' });
    expect(await admin.workspaceSecrets.delete.mutate({ name: 'acme.gone' })).toEqual({ name: 'acme.gone' });
    expect(await stored('acme.gone')).toBeUndefined();
    const again = await trpcError(admin.workspaceSecrets.delete.mutate({ name: 'acme.gone' }));
    expect(again.data?.httpStatus).toBe(404);
  });

  it('refuses to store a secret when the server has no secret key, naming the variable', async () => {
    const keyless = await startTestServer('trust_secrets_keyless');
    try {
      const admin = trpcClient(keyless, (await createTestWorkspace(keyless)).fullKey);
      const error = await trpcError(admin.workspaceSecrets.set.mutate({ name: 'acme.x', secretValue: 'v' }));
      expect(error.data?.httpStatus).toBe(412);
      expect(error.message).toContain('WAYFARER_SECRET_KEY');
      expect(await admin.workspaceSecrets.list.query()).toEqual([]);
    } finally {
      await keyless.close();
    }
  });

  it('audits set and delete by name, with the value redacted', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    await admin.workspaceSecrets.set.mutate({ name: 'acme.audited', secretValue: 'audited-value-77' });
    await admin.workspaceSecrets.delete.mutate({ name: 'acme.audited' });
    const { entries } = await admin.audit.list.query({ entityType: 'workspace_secret', entityId: 'acme.audited' });
    expect(entries.map((entry) => [entry.action, entry.entityName, entry.actorName])).toEqual([
      ['workspaceSecrets.delete', 'acme.audited', 'full'],
      ['workspaceSecrets.set', 'acme.audited', 'full'],
    ]);
    expect(entries[1]?.diff).toMatchObject({ input: { name: 'acme.audited', secretValue: '[redacted]' } });
    expect(await auditText()).not.toContain('audited-value-77');
  });
});
