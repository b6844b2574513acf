import { defineConfig } from 'vitest/config';

// One run, three projects: fast colocated unit tests; cross-process tests against a real Postgres and
// real Temporal servers; browser tests driving the built web app in Debian's Chromium. The two slow
// projects run one file at a time (the machine has two cores): vitest queues all their files in one
// sequential group after the unit tests, so a browser test never runs beside an integration test.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'workflows/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          // A node package's tests on the real product (test/support/node-kit.ts) are integration tests.
          exclude: ['**/*.stack.test.ts', '**/node_modules/**'],
          // Property tests are CPU-bound and share two cores with the other unit files: 5 s is too tight.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          // Node packages' tests on the product: packages/*, or wherever `wayfarer new-node` put one.
          include: ['test/**/*.test.ts', '**/src/**/*.stack.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/support/global-setup.ts'],
          // The local stand-ins of LINE, SMS, SMTP and webhook receivers listen on loopback.
          env: { WAYFARER_OUTBOUND_ALLOW: '127.0.0.1,::1' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          env: { WAYFARER_OUTBOUND_ALLOW: '127.0.0.1,::1' },
          // Builds the web app once per run and provides Chromium (see @wayfarer/provision).
          globalSetup: ['test/support/global-setup.ts', 'test/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
