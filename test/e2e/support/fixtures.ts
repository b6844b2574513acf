// The browser tests' fixtures: per test file, one stack (Postgres, Temporal dev server, worker, HTTP
// server serving the built web app) and one Chromium; per test, a fresh workspace and a fresh
// browser context whose page fails the test on any console error or uncaught page error.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import {
  apiClient,
  createWorkspaceWithKey,
  startStack,
  type ApiClient,
  type Stack,
  type StackOptions,
} from '../../support/stack';
import { launchChromium } from './chromium';

/** A workspace with a full-scope key, and the typed API client a test checks the server with. */
export interface Workspace {
  workspaceId: string;
  key: string;
  api: ApiClient;
}

/** The app as a signed-in user sees it. */
export interface AppSession extends Workspace {
  url: string;
  page: Page;
  /** Opens `path` signed in: the key travels in the URL fragment, which the app moves to localStorage. */
  open(path?: string): Promise<void>;
}

/** Where a failed test leaves its screenshot. */
export const FAILURE_SCREENSHOTS = join('.reports', 'e2e');

/** Generous for a 2-core CI machine, short enough that a missing element fails in seconds, not minutes. */
export const UI_TIMEOUT_MS = 15_000;

function describeConsoleError(text: string, location: { url: string; lineNumber: number }): string {
  return location.url === '' ? text : `${text} (${location.url}:${location.lineNumber})`;
}

// vitest reads a fixture's dependencies from its first parameter, which must be a destructuring
// pattern even when there are none: hence the empty patterns below.
/* eslint-disable no-empty-pattern */
export const e2e = test
  // A file may ask for more of its stack, e.g. `e2e.override('stackOptions', { sendTo: ['127.0.0.1'] })`.
  .extend('stackOptions', { scope: 'file' }, {} as Omit<StackOptions, 'webRoot'>)
  .extend('stack', { scope: 'file' }, async ({ stackOptions }, { onCleanup }): Promise<Stack> => {
    const stack = await startStack('e2e', { ...stackOptions, webRoot: inject('webRoot') });
    onCleanup(() => stack.close());
    return stack;
  })
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  /* eslint-enable no-empty-pattern */
  .extend('workspace', async ({ stack }): Promise<Workspace> => {
    const { workspaceId, key } = await createWorkspaceWithKey(stack, 'E2E');
    return { workspaceId, key, api: apiClient(stack, key) };
  })
  .extend('page', async ({ browser, task }, { onCleanup }): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    context.setDefaultTimeout(UI_TIMEOUT_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(describeConsoleError(message.text(), message.location()));
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
    onCleanup(async () => {
      if (task.result?.state === 'fail') {
        mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
        const name = `${basename(task.file.name, '.test.ts')}--${task.name}`.replace(/[^\w.-]+/g, '_');
        await page
          .screenshot({ path: join(FAILURE_SCREENSHOTS, `${name}.png`), fullPage: true })
          .catch(() => undefined);
      }
      await context.close();
      expect(errors, 'console errors and uncaught page errors').toEqual([]);
    });
    return page;
  })
  .extend('app', async ({ stack, workspace, page }): Promise<AppSession> => ({
    ...workspace,
    url: stack.url,
    page,
    open: async (path = '/') => {
      await page.goto(`${stack.url}${path}#apiKey=${encodeURIComponent(workspace.key)}`);
    },
  }));
