import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@wayfarer/journey';
import { problemText } from './problem-text';
import { ProblemsPanel } from './ProblemsPanel';
import { elements } from './test-support';

const render = (problems: Diagnostic[]) =>
  renderToStaticMarkup(
    createElement(ProblemsPanel, {
      problems,
      nodeLabels: { n1: 'Send welcome' },
      describe: (problem) => problemText(problem, { fieldLabel: 'Message', portLabel: 'Next' }, 'en'),
      onSelectNode: () => undefined,
    }),
  );

describe('ProblemsPanel markup', () => {
  it('shows an empty state when there is nothing to fix', () => {
    const html = render([]);
    expect(html).toContain('data-testid="problems"');
    expect(html).toContain('No problems — ready to publish');
    expect(html).not.toContain('data-testid="problem"');
  });

  it('renders one row per problem with its node label and what to do; node rows are buttons', () => {
    const html = render([
      { code: 'invalid_config', nodeId: 'n1', path: 'body', message: 'Node "n1" (core.send): body: Write the message' },
      { code: 'missing_edge', nodeId: 'n2', port: 'out', message: 'Node "n2" needs an edge from its "out" port.' },
      { code: 'no_trigger', message: 'The journey has no trigger.' },
    ]);
    const rows = elements(html, '(?:button|div)').filter((element) => element['data-testid'] === 'problem');
    expect(rows.map((row) => [row['data-node-id'], row['data-code']])).toEqual([
      ['n1', 'invalid_config'],
      ['n2', 'missing_edge'],
      [undefined, 'no_trigger'],
    ]);
    expect(html).toMatch(/<button type="button" class="problem" data-testid="problem" data-node-id="n1"/);
    expect(html).toContain('Send welcome');
    expect(html).toContain('Check “Message” in this step.');
    expect(html).toContain('Connect the “Next” exit to the next step.');
    // The compiler's own words stay for developers, under a disclosure.
    expect(html).toContain('data-testid="problems-developer-details"');
    expect(html).toContain('3 to fix before publishing');
  });
});
