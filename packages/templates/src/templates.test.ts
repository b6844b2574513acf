import { catalogueEvent } from '@wayfarer/events';
import { compileJourney, journeyGraphSchema, journeyReferences, type JourneyIR } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry, locales } from '@wayfarer/nodes';
import { Liquid } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { getTemplate, journeyTemplates, templateNodeTypes, templateTagLabels, templateTags } from './index';

const registry = createNodeRegistry(builtinNodeTypes);
const liquid = new Liquid({ strictFilters: true, ownPropertyOnly: true });
const cases = journeyTemplates.flatMap((template) => locales.map((locale) => [template.id, locale, template] as const));

describe('journey templates', () => {
  it('has the social-CRM playbook, each id unique and kebab-case', () => {
    const ids = journeyTemplates.map((template) => template.id);
    expect(ids).toEqual([
      'line-welcome-series',
      'first-purchase-gift',
      'birthday-surprise',
      'daily-check-in-streak',
      'win-back-lapsed',
      'vip-upgrade-thanks',
      'lucky-draw',
    ]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(cases)('%s (%s) compiles with no problems', (_id, locale, template) => {
    const result = compileJourney(template.graph(locale), registry);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(journeyTemplates.map((template) => [template.id, template] as const))(
    '%s names and describes itself in every language',
    (_id, template) => {
      for (const locale of locales) {
        expect(template.name[locale].trim()).not.toBe('');
        expect(template.description[locale].trim().length).toBeGreaterThan(20);
      }
      // Translated, not copied: the Chinese texts differ from the English ones.
      expect(template.name['zh-TW']).not.toBe(template.name.en);
      expect(template.description['zh-CN']).not.toBe(template.description.en);
      expect(template.tags.length).toBeGreaterThan(0);
      expect(template.developerNote.trim()).not.toBe('');
    },
  );

  it.each(journeyTemplates.map((template) => [template.id, template] as const))(
    '%s has the same steps and wiring in every language; only texts differ',
    (_id, template) => {
      const shape = (locale: (typeof locales)[number]) => {
        const graph = journeyGraphSchema.parse(template.graph(locale));
        return {
          nodes: graph.nodes.map((node) => [node.id, node.type, node.position]),
          edges: graph.edges,
          settings: graph.settings,
        };
      };
      expect(shape('zh-TW')).toEqual(shape('en'));
      expect(shape('zh-CN')).toEqual(shape('en'));
    },
  );

  it.each(journeyTemplates.map((template) => [template.id, template] as const))(
    '%s is laid out left → right without overlapping nodes',
    (_id, template) => {
      const graph = journeyGraphSchema.parse(template.graph('en'));
      const positions = new Map(graph.nodes.map((node) => [node.id, node.position]));
      const cells = graph.nodes.map((node) => `${node.position.x},${node.position.y}`);
      expect(new Set(cells).size).toBe(cells.length);
      for (const edge of graph.edges) {
        expect(positions.get(edge.target)?.x, edge.id).toBeGreaterThan(positions.get(edge.source)?.x ?? Infinity);
      }
    },
  );

  it.each(cases)('%s (%s) has message bodies that render as Liquid', async (_id, locale, template) => {
    const sends = template.graph(locale).nodes.filter((node) => node.type === 'core.send');
    expect(sends.length).toBeGreaterThan(0);
    for (const send of sends) {
      const { body } = send.data?.config as { body: string };
      const rendered = await liquid.parseAndRender(body, { customer: { name: 'Mei' }, event: { streak: 3 } });
      expect(rendered).not.toMatch(/\{\{|\}\}|\{%/);
    }
  });

  it('uses only built-in node types, listed by templateNodeTypes', () => {
    for (const template of journeyTemplates) {
      const types = templateNodeTypes(template);
      expect(new Set(types).size).toBe(types.length);
      for (const type of types) expect(registry.get(type), `${template.id}: ${type}`).toBeDefined();
    }
    expect(templateNodeTypes(getTemplate('lucky-draw')!)).toContain('core.lottery.draw');
    expect(templateNodeTypes(getTemplate('daily-check-in-streak')!)).toContain('core.streak.check-in');
  });

  it.each(journeyTemplates.map((template) => [template.id, template] as const))(
    '%s declares every asset its steps name (and only those), with a suggestion in every language',
    (_id, template) => {
      const compiled = compileJourney(template.graph('en'), registry);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
      const named = journeyReferences(compiled.value, registry)
        .filter((reference) => reference.kind !== 'channel')
        .map((reference) => `${reference.kind}:${reference.ref}`);
      const declared = (template.assets ?? []).map((asset) => `${asset.kind}:${asset.ref}`);
      expect(new Set(named)).toEqual(new Set(declared));
      for (const asset of template.assets ?? []) {
        for (const locale of locales) expect(asset.suggestion.name[locale].trim()).not.toBe('');
      }
    },
  );

  it('sends on LINE: a template names a real channel, never the test mailbox', () => {
    for (const template of journeyTemplates) {
      const compiled = compileJourney(template.graph('en'), registry);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
      const channels = journeyReferences(compiled.value, registry).filter((reference) => reference.kind === 'channel');
      expect(new Set(channels.map((reference) => reference.ref)), template.id).toEqual(new Set(['line']));
    }
  });

  it.each(journeyTemplates.map((template) => [template.id, template] as const))(
    '%s names only catalogue events, filtering on properties they have',
    (_id, template) => {
      const compiled = compileJourney(template.graph('en'), registry);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
      for (const { event, where } of eventsNamed(compiled.value)) {
        const declared = catalogueEvent(event);
        expect(declared, `${template.id}: "${event}" is not in the event catalogue`).toBeDefined();
        const properties = Object.keys(declared?.properties.shape ?? {});
        for (const comparison of where) expect(properties, `${template.id}: ${event}`).toContain(comparison.path);
      }
    },
  );

  it('labels every tag in every language', () => {
    for (const tag of templateTags) for (const locale of locales) expect(templateTagLabels[tag][locale]).not.toBe('');
  });

  it('finds a template by id, and nothing for an unknown id', () => {
    expect(getTemplate('birthday-surprise')?.name['zh-TW']).toBe('生日驚喜');
    expect(getTemplate('nope')).toBeUndefined();
  });
});

/** The events a journey enters by, waits for, exits on or converts on, with their property filters. */
function eventsNamed(ir: JourneyIR): { event: string; where: { path: string }[] }[] {
  const triggers = ir.triggers.flatMap(({ match }) => (match.on === 'event' ? [match] : []));
  const waits = Object.values(ir.steps).flatMap(({ plan }) => (plan.op === 'await-event' ? [plan] : []));
  return [...triggers, ...waits, ...ir.exit, ...(ir.goal === null ? [] : [ir.goal])];
}
