// Every page of the app and the editor's panels, as stops of a tour: the layout and translation
// tests visit them all, and scripts/screenshots.ts photographs them.
import type { Page } from 'playwright-core';
import { flowNode, scrollToNode } from './scroll-to-node';
import { showcaseImportFile, type Showcase } from './showcase';
import { stubLiffSdk } from './line-form';
import { solidPng } from '../../support/rich-menu-image';

export interface TourStop {
  name: string;
  /** Opened without signing in (a fresh browser context). */
  signedOut?: boolean;
  path: (showcase: Showcase) => string;
  /** Before the page is opened (in its own browser page when signed out): stand-ins for third parties. */
  prepare?: (page: Page) => Promise<void>;
  /** Once the page is open: select a step, open a panel… */
  then?: (page: Page) => Promise<void>;
}

const selectStep = (type: string) => async (page: Page) => {
  const card = page.locator(`.react-flow__node:has([data-testid="node-card"][data-node-type="${type}"])`).first();
  const id = (await card.getAttribute('data-id')) ?? '';
  await scrollToNode(page, id);
  await flowNode(page, id).getByTestId('node-card').click();
  await page.getByTestId('inspector').waitFor();
};

/** The import wizard with the showcase's member file chosen and uploaded, `steps` Next clicks on. */
const importWizardAt = (steps: number) => async (page: Page) => {
  // The stops before opened the same address, which a browser does not load again: start afresh.
  await page.reload();
  await settle(page);
  await page.getByTestId('import-file-input').setInputFiles({
    name: showcaseImportFile.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(showcaseImportFile.csv),
  });
  await page.getByTestId('import-upload').click();
  await page.getByTestId('import-map-step').waitFor();
  for (let step = 0; step < steps; step += 1) {
    await page.getByTestId('import-next').click();
    await page
      .getByTestId(step === 0 ? 'import-preview-row' : 'import-list-step')
      .first()
      .waitFor();
  }
};

export const tourStops: readonly TourStop[] = [
  { name: 'sign-in', path: () => '/', signedOut: true },
  { name: 'journeys', path: () => '/' },
  {
    name: 'journey-tags',
    path: () => '/',
    then: async (page) => {
      await page.getByTestId('journey-actions').first().click();
      await page.getByTestId('edit-tags').click();
      await page.locator('[data-testid="new-tag"] input').click();
      await page.getByRole('listbox').waitFor();
    },
  },
  { name: 'templates', path: () => '/templates' },
  { name: 'editor', path: (s) => `/journeys/${s.draftJourneyId}`, then: selectStep('core.send') },
  {
    name: 'editor-settings',
    path: (s) => `/journeys/${s.draftJourneyId}`,
    then: async (page) => {
      await page.getByTestId('journey-settings-button').click();
      await page.getByTestId('journey-settings').waitFor();
    },
  },
  {
    name: 'editor-test-run',
    path: (s) => `/journeys/${s.draftJourneyId}`,
    then: async (page) => {
      await page.getByTestId('test-run-button').click();
      await page.getByTestId('simulation-panel').waitFor();
    },
  },
  {
    name: 'editor-test-run-result',
    path: (s) => `/journeys/${s.draftJourneyId}`,
    then: async (page) => {
      // The stop before opened the same address, which a browser does not load again: start afresh.
      await page.reload();
      await settle(page);
      await page.getByTestId('test-run-button').click();
      const panel = page.getByTestId('simulation-panel');
      await panel.locator('[name="startEvent"]').fill('purchase');
      await panel.getByTestId('sim-run').click();
      // The first test run of a process starts the time-skipping server.
      await panel.getByTestId('sim-result').waitFor({ timeout: 90_000 });
    },
  },
  {
    name: 'editor-property-picker',
    path: (s) => `/journeys/${s.draftJourneyId}`,
    then: async (page) => {
      // The stop before opened the same address, which a browser does not load again: start afresh.
      await page.reload();
      await settle(page);
      await selectStep('core.trigger.event')(page);
      await page.getByTestId('inspector').locator('[name="where.0.path"]').click();
      await page.getByRole('listbox').getByRole('option').first().waitFor();
    },
  },
  { name: 'editor-live', path: (s) => `/journeys/${s.liveJourneyId}` },
  { name: 'editor-long', path: (s) => `/journeys/${s.longJourneyId}` },
  {
    name: 'broadcast',
    path: (s) => `/journeys/${s.broadcastJourneyId}`,
    then: async (page) => {
      await page.getByTestId('broadcast-open').click();
      await page.locator('[data-testid="broadcast-item"]').first().waitFor();
    },
  },
  {
    name: 'broadcast-local',
    path: (s) => `/journeys/${s.broadcastJourneyId}`,
    then: async (page) => {
      // The stop before opened the same address, which a browser does not load again: start afresh.
      await page.reload();
      await settle(page);
      await page.getByTestId('broadcast-open').click();
      await page.locator('[data-testid="broadcast-item"]').first().waitFor();
      await page.locator('[data-when="local"]').click();
    },
  },
  { name: 'insights', path: (s) => `/journeys/${s.liveJourneyId}/insights` },
  { name: 'experiments', path: (s) => `/journeys/${s.liveJourneyId}/experiments` },
  { name: 'messages', path: () => '/messages' },
  {
    name: 'test-send',
    path: () => '/messages',
    then: async (page) => {
      await page.getByTestId('new-template').click();
      await page.locator('[data-testid="template-editor"] [name="body"]').fill('{{ customer.name }} 您好，中秋快樂');
      await page.getByTestId('test-send-button').click();
      await page.getByTestId('test-send-dialog').waitFor();
    },
  },
  { name: 'customers', path: () => '/customers' },
  { name: 'customer', path: (s) => `/customers/${s.customerId}` },
  { name: 'import-file', path: () => '/customers/import' },
  { name: 'import-columns', path: () => '/customers/import', then: importWizardAt(0) },
  { name: 'import-preview', path: () => '/customers/import', then: importWizardAt(1) },
  { name: 'import-list', path: () => '/customers/import', then: importWizardAt(2) },
  { name: 'import-progress', path: (s) => `/customers/imports/${s.importId}` },
  { name: 'import-history', path: () => '/customers/imports' },
  { name: 'segments', path: () => '/segments' },
  { name: 'segment', path: (s) => `/segments/${s.segmentId}` },
  { name: 'rewards', path: () => '/rewards' },
  { name: 'channels', path: () => '/settings/channels' },
  { name: 'line-forms', path: () => '/settings/line-forms' },
  {
    name: 'line-form-editor',
    path: () => '/settings/line-forms',
    then: async (page) => {
      await page.getByTestId('edit-line-form').first().click();
      await page.getByTestId('line-form-editor').waitFor();
    },
  },
  // The form page a customer opens in LINE (served by the server, not the app).
  { name: 'line-form-page', signedOut: true, path: (s) => `/f/${s.formId}`, prepare: stubLiffSdk },
  { name: 'line-setup', path: () => '/settings/channels/line' },
  { name: 'rich-menus', path: () => '/settings/channels/rich-menus' },
  {
    name: 'rich-menu-editor',
    path: () => '/settings/channels/rich-menus',
    then: async (page) => {
      await page.getByTestId('rich-menu-new').click();
      await page
        .getByTestId('rich-menu-image')
        .setInputFiles({ name: 'menu.png', mimeType: 'image/png', buffer: solidPng(2500, 1686) });
      await page.getByTestId('rich-menu-save').and(page.locator(':enabled')).waitFor();
    },
  },
  { name: 'members', path: () => '/settings/members' },
  { name: 'api-keys', path: () => '/settings/api-keys' },
  { name: 'secrets', path: () => '/settings/secrets' },
  { name: 'audit', path: () => '/settings/audit' },
  { name: 'control-group', path: () => '/settings/control-group' },
  { name: 'retention', path: () => '/settings/retention' },
];

/** Waits until the app has drawn the page and stopped loading. */
export async function settle(page: Page): Promise<void> {
  // The app draws into #root; a server-drawn page (a LINE form) has its <main> at once.
  await page.locator('#root > *, body > main').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
