// Once per test run, before any e2e file: provide the browser (unpacking the packed one if it comes
// to that, once) and build the web app the stacks serve. Its folder reaches the tests through
// `inject('webRoot')`.
import type { TestProject } from 'vitest/node';
import { provideChromium } from '@wayfarer/provision';
import { buildWebApp } from './web-app';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built web app (index.html + assets), private to this test run. */
    webRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  await provideChromium();
  const app = await buildWebApp();
  project.provide('webRoot', app.root);
  return () => app.remove();
}
