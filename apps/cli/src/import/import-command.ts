// `wayfarer import customers.csv [--map map.json] [--rejected out.csv]`: uploads the file, starts
// the import job with the mapping (or the one suggested from the header, printed), prints its
// progress until it ends, then its counts and where its rejected rows are.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importMappingSchema, type ImportMapping } from '@wayfarer/imports';
import type { ImportCommand } from '../args';
import { CliError, exitCodes } from '../errors';
import type { CliIo } from '../run-cli';
import {
  askServer,
  downloadRejectedRows,
  importsClient,
  rejectedRowsUrl,
  uploadFile,
  type ImportsClient,
  type ServerTarget,
} from './server-api';

/** How often the job is asked how far it got. */
const POLL_MS = 500;
const ended = ['completed', 'cancelled', 'failed'];

function targetOf(command: ImportCommand, env: CliIo['env']): ServerTarget {
  const apiKey = command.apiKey ?? env.WAYFARER_API_KEY;
  if (apiKey === undefined || apiKey === '') {
    throw new CliError('usage', 'An API key is needed: --api-key or WAYFARER_API_KEY.');
  }
  const url = (command.url ?? env.WAYFARER_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  return { url, apiKey };
}

async function readMapping(file: string, cwd: string): Promise<ImportMapping> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch {
    throw new CliError('io', `Cannot read ${file}: no such file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError('io', `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new CliError('usage', `${file} is not a mapping:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

const count = (value: number) => value.toLocaleString('en');

async function follow(imports: ImportsClient, target: ServerTarget, id: string, io: CliIo) {
  let last = -1;
  for (;;) {
    const job = await askServer(target, 'Reading the import failed', () => imports.get.query({ id }));
    if (job.processed !== last && job.totalRows !== null) {
      last = job.processed;
      const share = job.totalRows === 0 ? 100 : Math.floor((job.processed / job.totalRows) * 100);
      io.stdout.write(
        `progress: ${count(job.processed)} / ${count(job.totalRows)} rows (${share}%), ` +
          `${count(job.imported)} imported, ${count(job.rejected)} rejected\n`,
      );
    }
    if (ended.includes(job.status)) return job;
    await new Promise((wake) => setTimeout(wake, POLL_MS));
  }
}

export async function runImport(command: ImportCommand, io: CliIo): Promise<number> {
  const target = targetOf(command, io.env);
  const mapping = command.map === undefined ? undefined : await readMapping(command.map, io.cwd);
  const imports = importsClient(target);
  const file = await uploadFile(target, resolve(io.cwd, command.file), command.file);
  io.stdout.write(`uploaded ${command.file} (${count(file.size)} bytes)\n`);
  let chosen = mapping;
  if (chosen === undefined) {
    const preview = await askServer(target, 'Preview failed', () => imports.preview.query({ fileId: file.fileId }));
    chosen = importMappingSchema.parse({ columns: preview.columns });
    io.stdout.write(
      `no --map given; using the mapping suggested from the header:\n${JSON.stringify(chosen, null, 2)}\n`,
    );
  }
  const mappingToUse = chosen;
  const started = await askServer(target, 'The import could not start', () =>
    imports.start.mutate({ fileId: file.fileId, mapping: mappingToUse }),
  );
  io.stdout.write(`import ${started.id} started\n`);
  const job = await follow(imports, target, started.id, io);
  io.stdout.write(
    `${job.status}: ${count(job.imported)} accepted (${count(job.created)} new customers), ${count(job.rejected)} rejected\n`,
  );
  if (job.rejected > 0) {
    if (command.rejected === undefined) {
      io.stdout.write(`rejected rows: ${rejectedRowsUrl(target, job.id)} (or run with --rejected out.csv)\n`);
    } else {
      await writeFile(resolve(io.cwd, command.rejected), await downloadRejectedRows(target, job.id));
      io.stdout.write(`rejected rows written to ${command.rejected}\n`);
    }
  }
  if (job.status !== 'completed') {
    throw new CliError('server', `The import ${job.status}${job.error === null ? '' : `: ${job.error}`}`);
  }
  return job.rejected > 0 ? exitCodes.problems : exitCodes.ok;
}
