// The editor's controls, through the test ids the web app promises (see test/e2e/README.md), and
// the graph shapes tests compare between canvas, saved draft and published version.
import type { Page } from 'playwright-core';
import { eventually } from '../../support/eventually';
import type { ApiClient } from '../../support/stack';
import { clickNode, flowNode } from './canvas';
import { UI_TIMEOUT_MS } from './fixtures';

export type SaveState = 'saved' | 'saving' | 'dirty' | 'conflict' | 'error';

export interface ShownProblem {
  nodeId: string | null;
  code: string | null;
}

/** Ids are uuids; the editor lives at /journeys/<id>. */
export function journeyIdFromUrl(url: string): string | undefined {
  return /\/journeys\/([0-9a-f-]{36})(?:[/?#]|$)/.exec(new URL(url).pathname + '/')?.[1];
}

/** Creates a journey from the list page's dialog and resolves with its id once the app has navigated to its editor. */
export async function createJourneyFromList(page: Page, name: string): Promise<string> {
  await page.getByTestId('new-journey').click();
  await page.locator('input[name="journeyName"]').fill(name);
  await page.getByTestId('create-journey-confirm').click();
  return eventually(async () => journeyIdFromUrl(page.url()), UI_TIMEOUT_MS);
}

/** Selects a node and waits for its form in the side panel. */
export async function selectNode(page: Page, id: string): Promise<void> {
  await clickNode(page, id);
  await eventually(
    async () => ((await flowNode(page, id).getAttribute('class'))?.includes('selected') ? true : undefined),
    UI_TIMEOUT_MS,
  );
  await page.getByTestId('side-panel').getByTestId('inspector').waitFor();
}

/**
 * Sets the selected node's config field at the dotted `path` (`duration.amount`, `conditions.0.tag`)
 * the way a user would: choose an option, tick a box, or type.
 */
export async function setField(page: Page, path: string, value: string | boolean): Promise<void> {
  const field = page.getByTestId('inspector').locator(`[name="${path}"]`);
  await field.waitFor();
  const tag = await field.evaluate((element) => element.tagName.toLowerCase());
  const inputType = await field.getAttribute('type');
  if (typeof value === 'boolean' || inputType === 'checkbox') await field.setChecked(value === true);
  else if (tag === 'select') await field.selectOption(value);
  else await field.fill(value);
}

/** Adds a chip to a list-of-strings field (tags): type, then Enter. */
export async function addChip(page: Page, path: string, value: string): Promise<void> {
  const field = page.getByTestId('inspector').locator(`[name="${path}"]`);
  await field.fill(value);
  await field.press('Enter');
}

export async function saveState(page: Page): Promise<string | null> {
  return page.getByTestId('save-status').getAttribute('data-state');
}

export async function journeyStatus(page: Page): Promise<string | null> {
  return page.getByTestId('journey-status').getAttribute('data-status');
}

/**
 * The journey's problems as the problems list shows them (node id and code of each row). The list
 * is in the side panel while no node is selected, so this first clears the selection with the
 * toolbar's problems indicator. An empty answer means the list says "no problems", not that it is
 * missing.
 */
export async function shownProblems(page: Page): Promise<ShownProblem[]> {
  const list = page.getByTestId('side-panel').getByTestId('problems');
  if (!(await list.isVisible())) await page.getByTestId('problems-indicator').click();
  await list.waitFor();
  const rows = await list
    .getByTestId('problem')
    .evaluateAll((elements) =>
      elements.map((row) => ({ nodeId: row.getAttribute('data-node-id'), code: row.getAttribute('data-code') })),
    );
  if (rows.length === 0) await list.getByTestId('problems-empty').waitFor();
  return rows;
}

/** Whether the node's card shows a problem badge. */
export async function hasProblemBadge(page: Page, nodeId: string): Promise<boolean> {
  return (await flowNode(page, nodeId).getByTestId('node-problem-badge').count()) > 0;
}

/** A journey graph as the API returns it. */
export type ApiGraph = Awaited<ReturnType<ApiClient['journeys']['get']['query']>>['draft'];

/** The draft as the server has it, once the editor says everything is saved. */
export async function savedDraft(page: Page, api: ApiClient, journeyId: string): Promise<ApiGraph> {
  await eventually(async () => ((await saveState(page)) === 'saved' ? true : undefined), UI_TIMEOUT_MS);
  return (await api.journeys.get.query({ journeyId })).draft;
}

export interface GraphShape {
  nodes: { id: string; type: string; config: unknown }[];
  edges: { source: string; sourceHandle: string; target: string }[];
}

/** What a journey means, without positions, labels or edge ids: for comparing two copies of it. */
export function graphShape(graph: Pick<ApiGraph, 'nodes' | 'edges'>): GraphShape {
  return {
    nodes: graph.nodes
      .map((node) => ({ id: node.id, type: node.type, config: node.data.config }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    edges: graph.edges
      .map((edge) => ({ source: edge.source, sourceHandle: edge.sourceHandle, target: edge.target }))
      .sort((a, b) => `${a.source}.${a.sourceHandle}`.localeCompare(`${b.source}.${b.sourceHandle}`)),
  };
}
