// Once per test run, before any e2e file: check the browser is there and build the web app the
// stacks serve. Its folder reaches the tests through `inject('webRoot')`.
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './chromium';
import { buildWebApp } from './web-app';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built web app (index.html + assets), private to this test run. */
    webRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  assertChromiumInstalled();
  const app = await buildWebApp();
  project.provide('webRoot', app.root);
  return () => app.remove();
}
