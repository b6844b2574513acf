import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@wayfarer/journey';
import type { Locale } from '@wayfarer/nodes';
import { builtinEditors } from '@wayfarer/nodes/editor';
import { editors as exampleEditors } from '@wayfarer/node-example/editor';
import { defaultConfigFor } from './default-config';
import { NodeInspector } from './NodeInspector';
import { allSpecs, controlNames, elements, specOf } from './test-support';

const facets = [...builtinEditors, ...exampleEditors];

function render(
  type: string,
  config?: unknown,
  options: { problems?: Diagnostic[]; readOnly?: boolean; locale?: Locale } = {},
): string {
  const spec = specOf(type);
  return renderToStaticMarkup(
    createElement(NodeInspector, {
      nodeId: 'n1',
      spec,
      facet: facets.find((facet) => facet.type === type),
      config: config === undefined ? defaultConfigFor(spec) : config,
      problems: options.problems ?? [],
      readOnly: options.readOnly ?? false,
      locale: options.locale ?? 'en',
      onChange: () => undefined,
    }),
  );
}

const errorPaths = (html: string) =>
  elements(html, '[a-z]+')
    .filter((element) => element['data-testid'] === 'field-error')
    .map((element) => element['data-path']);
const configControls = (html: string) => controlNames(html).filter((name) => !name.startsWith('$preview.'));

describe('NodeInspector markup', () => {
  for (const spec of allSpecs) {
    it(`${spec.type}: every control is named by its path and has an accessible label`, () => {
      const html = render(spec.type);
      expect(html).toContain('data-testid="inspector"');
      const labelled = new Set(elements(html, 'label').map((label) => label.for));
      for (const tag of ['input', 'select', 'textarea']) {
        for (const control of elements(html, tag)) {
          expect(control.name, `${tag} without name`).toBeTruthy();
          expect(
            labelled.has(control.id ?? '') || control['aria-label'] !== undefined,
            `${control.name} has no label`,
          ).toBe(true);
        }
      }
    });
  }

  it('shows the title, description and node id in the locale', () => {
    const html = render('core.wait', undefined, { locale: 'zh-TW' });
    expect(html).toContain('<h2>等待</h2>');
    expect(html).toContain('等待一段時間');
    expect(html).toContain('data-testid="inspector-node-id">n1<');
    // The facet's one-line summary, for a valid config.
    expect(html).toMatch(/<p class="inspector-summary">[^<]+<\/p>/);
  });

  it('core.wait: a mode select and the duration as amount + unit', () => {
    const html = render('core.wait');
    expect(configControls(html)).toEqual(['mode', 'duration.amount', 'duration.unit']);
    expect(elements(html, 'input').find((input) => input.name === 'duration.amount')).toMatchObject({
      type: 'number',
      value: '1',
      min: '1',
      max: '100000',
      step: '1',
    });
  });

  it('core.wait time of day: a time input', () => {
    const html = render('core.wait', { mode: 'time_of_day', time: '09:30' });
    expect(elements(html, 'input').find((input) => input.name === 'time')).toMatchObject({
      type: 'time',
      value: '09:30',
    });
  });

  it('core.branch: list item sub-forms named by index, with the missing tag flagged in place', () => {
    const html = render('core.branch');
    expect(configControls(html)).toEqual(
      expect.arrayContaining(['match', 'conditions.0.subject', 'conditions.0.op', 'conditions.0.tag']),
    );
    expect(errorPaths(html)).toEqual(['conditions.0.tag']);
    expect(html).toMatch(/<button[^>]*data-action="up"[^>]*>.*?Move item 1 up<\/span><\/button>/);
    // The only condition cannot be removed: the list needs at least one.
    expect(html).toMatch(/<button[^>]*data-action="remove"[^>]*disabled=""[^>]*>.*?Remove item 1<\/span><\/button>/);
  });

  it('core.split: each path’s label and percent', () => {
    expect(configControls(render('core.split'))).toEqual([
      'paths.0.label',
      'paths.0.percent',
      'paths.1.label',
      'paths.1.percent',
    ]);
  });

  it('core.split: a sum that is off shows on the list', () => {
    expect(errorPaths(render('core.split', { paths: [{ percent: 20 }, { percent: 30 }] }))).toEqual(['paths']);
  });

  it('core.tag: tag pickers with chips, a key/value record, and the "add something" error on add', () => {
    const html = render('core.tag', { add: ['vip'], remove: [], setAttributes: { tier: 'Gold', score: 3 } });
    expect(configControls(html)).toEqual([
      'add',
      'remove',
      'setAttributes.tier',
      'setAttributes.score',
      'setAttributes.$newKey',
    ]);
    expect(html).toContain('aria-label="Remove vip"');
    expect(elements(html, 'input').find((input) => input.name === 'setAttributes.score')?.value).toBe('3');
    expect(errorPaths(render('core.tag'))).toEqual(['add']);
  });

  it('core.send: a template editor with variable menu and a live preview', () => {
    const html = render('core.send', { channel: 'outbox', name: 'Welcome', body: 'Hi {{ customer.name }}!' });
    // Every content field the outbox uses (and each locale's variant) is a template editor.
    const areas = elements(html, 'textarea').map((area) => area.name);
    expect(areas.slice(0, 2)).toEqual(['subject', 'body']);
    expect(areas).toContain('variants.zh-TW.body');
    expect(html).toContain('Insert variable');
    expect(html).toMatch(/data-testid="template-preview".*Hi Mei!/s);
    expect(errorPaths(html)).toEqual([]);
  });

  it("core.send: only the chosen channel's content fields, in the default wording and each variant", () => {
    const fieldsFor = (channel: string) =>
      elements(render('core.send', { channel, name: 'Welcome', body: 'Hi' }), 'textarea').map(
        (area) => area.name ?? '',
      );
    expect(fieldsFor('email').filter((name) => !name.startsWith('variants.'))).toEqual(['subject', 'body', 'html']);
    expect(fieldsFor('email')).toContain('variants.en.html');
    expect(fieldsFor('line').filter((name) => !name.startsWith('variants.'))).toEqual(['body', 'flex']);
    expect(fieldsFor('line')).not.toContain('variants.en.subject');
    expect(fieldsFor('sms')).toEqual(['body', 'variants.en.body', 'variants.zh-TW.body', 'variants.zh-CN.body']);
    expect(fieldsFor('webhook').filter((name) => !name.startsWith('variants.'))).toEqual(['body']);
  });

  it('core.send: Liquid syntax errors show in place as a field error', () => {
    const html = render('core.send', { channel: 'outbox', name: 'Welcome', body: 'Hi {{ customer.name' });
    expect(elements(html, 'p').find((element) => element['data-testid'] === 'field-error')).toMatchObject({
      'data-path': 'body',
      'data-source': 'liquid',
    });
  });

  it('core.trigger.event: comparison values as typed inputs', () => {
    const html = render('core.trigger.event', {
      event: 'purchase',
      where: [{ path: 'amount', op: 'gte', value: 1000 }],
    });
    expect(configControls(html)).toEqual(['event', 'where.0.path', 'where.0.op', 'where.0.value']);
    expect(html).toContain('read as number');
  });

  it('shows compiler config problems the local check does not cover', () => {
    const problems: Diagnostic[] = [
      { code: 'invalid_config', nodeId: 'n1', path: 'subject', message: 'Node "n1" (core.send): subject: Too long' },
    ];
    const html = render('core.send', { channel: 'outbox', name: '', body: 'x' }, { problems });
    expect(errorPaths(html)).toEqual(['name', 'subject']);
  });

  it('lists ports with their connection problems', () => {
    const problems: Diagnostic[] = [
      { code: 'missing_edge', nodeId: 'n1', port: 'sent', message: 'Node "n1" needs an edge from its "sent" port.' },
    ];
    const html = render('core.send', { channel: 'outbox', name: 'Hi', body: 'Hello' }, { problems });
    const ports = elements(html, 'li').filter((li) => li['data-testid'] === 'port');
    expect(ports.map((port) => port['data-port'])).toEqual(['sent', 'skipped', 'failed']);
    expect(html).toMatch(/data-port="sent" class="has-problem">.*data-code="missing_edge"/);
  });

  it('derives ports from the config (a split has one per path) and waits for a valid config', () => {
    const split = render('core.split', { paths: [{ percent: 30 }, { percent: 30 }, { percent: 40 }] });
    expect(
      elements(split, 'li')
        .filter((li) => li['data-testid'] === 'port')
        .map((port) => port['data-port']),
    ).toEqual(['path_1', 'path_2', 'path_3']);
    expect(render('core.split', { paths: {} })).toContain('Fix the settings above');
    // Fixed ports show even while the config is incomplete.
    expect(render('core.branch')).toMatch(/data-port="true".*data-port="false"/s);
  });

  it('shows node-wide problems such as unreachable steps', () => {
    const html = render('core.end', undefined, {
      problems: [{ code: 'unreachable_node', nodeId: 'n1', message: 'Node "n1" cannot be reached.' }],
    });
    expect(html).toContain('Unreachable step');
    expect(html).toContain('This step has no settings.');
  });

  it('disables every config control when read-only (the sample customer stays editable)', () => {
    for (const type of ['core.branch', 'core.tag', 'core.send', 'core.wait']) {
      const html = render(type, undefined, { readOnly: true });
      const controls = ['input', 'select', 'textarea']
        .flatMap((tag) => elements(html, tag))
        .filter((control) => !control.name?.startsWith('$preview.'));
      expect(controls.every((control) => 'disabled' in control)).toBe(true);
    }
  });
});
