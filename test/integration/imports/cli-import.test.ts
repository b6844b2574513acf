import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceWithKey, startStack, type Stack } from '../../support/stack';

// The real `wayfarer` launcher as a child process against the real server (HTTP), worker and
// Temporal dev server: upload, job, progress, counts and rejected rows.
const launcher = fileURLToPath(new URL('../../../scripts/wayfarer.mjs', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function wayfarer(args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [launcher, ...args],
      { cwd, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const members = [
  'Member ID,Name,Mobile,Email,Birthday,Points',
  'A1,王小明,0912-345-678,ming@example.com,1990-05-04,500',
  'A2,Mei 🌸,0933111222,,1990-02-30,',
  'A1,again,0912345678,,,',
  'A3,Ken,,ken@example.com,1985-12-31,100',
].join('\n');
const mapping = {
  columns: {
    'Member ID': 'externalId',
    Name: { target: 'attribute', key: 'name' },
    Mobile: 'phone',
    Email: 'email',
    Birthday: { target: 'attribute', key: 'birthday', type: 'date' },
    Points: { target: 'points', reason: 'Opening balance' },
  },
};

describe('wayfarer import (CLI against a running server)', () => {
  let stack: Stack;
  let scratch: string;
  let env: Record<string, string>;
  let workspaceId: string;

  beforeAll(async () => {
    stack = await startStack('cli_import');
    const created = await createWorkspaceWithKey(stack, 'CLI imports');
    workspaceId = created.workspaceId;
    env = { WAYFARER_URL: stack.url, WAYFARER_API_KEY: created.key };
    scratch = await mkdtemp(join(tmpdir(), 'wayfarer-cli-import-'));
    await writeFile(join(scratch, 'members.csv'), members);
    await writeFile(join(scratch, 'map.json'), JSON.stringify(mapping));
    await writeFile(
      join(scratch, 'clean.csv'),
      'Member ID,Name,Email\nB1,Aiko,aiko@example.jp\nB2,陳大文,dw@example.tw\n',
    );
  });
  afterAll(async () => {
    await stack?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('imports with --map, prints progress and counts, writes the rejected rows and exits 1 for them', async () => {
    const run = await wayfarer(['import', 'members.csv', '--map', 'map.json', '--rejected', 'out.csv'], scratch, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^uploaded members\.csv \(\d+ bytes\)$/m);
    expect(run.stdout).toMatch(/^progress: 4 \/ 4 rows \(100%\), 2 imported, 2 rejected$/m);
    expect(run.stdout).toContain('completed: 2 accepted (2 new customers), 2 rejected');
    expect(run.stdout).toContain('rejected rows written to out.csv');
    const rejected = (await readFile(join(scratch, 'out.csv'), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
    expect(rejected.slice(0, 3)).toEqual([
      'row,problems,Member ID,Name,Mobile,Email,Birthday,Points',
      '3,"Birthday ""1990-02-30"": not a date (e.g. 1990-05-04)",A2,Mei 🌸,0933111222,,1990-02-30,',
      '4,the same customer as row 2,A1,again,0912345678,,,',
    ]);
    const customers = await sql<{ externalId: string }>`select external_id as "externalId" from customers
      where workspace_id = ${workspaceId} order by external_id`.execute(stack.database.db);
    expect(customers.rows.map((row) => row.externalId)).toEqual(['A1', 'A3']);
  });

  it('without --map prints the suggested mapping, uses it, and exits 0 when nothing was rejected', async () => {
    const run = await wayfarer(['import', 'clean.csv'], scratch, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = /using the mapping suggested from the header:\n(\{[\s\S]*?\n\})\n/.exec(run.stdout)?.[1];
    expect(JSON.parse(printed ?? 'null')).toMatchObject({
      columns: {
        'Member ID': { target: 'externalId' },
        Name: { target: 'attribute', key: 'name', type: 'text' },
        Email: { target: 'email' },
      },
      defaultCountry: 'TW',
    });
    expect(run.stdout).toContain('completed: 2 accepted (2 new customers), 0 rejected');
    expect(run.stdout).not.toContain('rejected rows');
  });

  it('exits 2 naming the problem: a wrong key, a missing file, a mapping naming no column of the file', async () => {
    const wrongKey = await wayfarer(['import', 'clean.csv'], scratch, { ...env, WAYFARER_API_KEY: 'wf_nope' });
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toMatch(/^wayfarer: Upload refused: .+/);
    const missing = await wayfarer(['import', 'nothing.csv'], scratch, env);
    expect(missing).toMatchObject({ code: 2, stderr: 'wayfarer: Cannot read nothing.csv: no such file\n' });
    const wrongMap = await wayfarer(['import', 'clean.csv', '--map', 'map.json'], scratch, env);
    expect(wrongMap.code).toBe(2);
    expect(wrongMap.stderr).toBe(
      'wayfarer: The import could not start: The file has no column "Mobile", "Birthday", "Points" named in the mapping.\n',
    );
    const noKey = await wayfarer(['import', 'clean.csv'], scratch, { WAYFARER_URL: stack.url, WAYFARER_API_KEY: '' });
    expect(noKey).toMatchObject({ code: 2 });
    expect(noKey.stderr).toContain('An API key is needed: --api-key or WAYFARER_API_KEY.');
  });
});
