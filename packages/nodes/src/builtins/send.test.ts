import { describe, expect, it } from 'vitest';
import { compileJourney } from '@wayfarer/journey';
import { createNodeRegistry } from '../registry';
import { builtinNodeTypes } from './index';
import { sendNode } from './send';
import { checkTemplate, unguardedCustomerAttributes } from './send-template';

const registry = createNodeRegistry(builtinNodeTypes);

function graphWithSend(config: Record<string, unknown>, typeVersion?: number) {
  return {
    nodes: [
      { id: 'start', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
      { id: 'hello', type: 'core.send', data: { config, ...(typeVersion === undefined ? {} : { typeVersion }) } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'out', target: 'hello' },
      { id: 'e2', source: 'hello', sourceHandle: 'sent', target: 'end' },
    ],
  };
}

describe('core.send v3', () => {
  it('is version 3 and reads a v1 or v2 config saved without a channel as the test mailbox it meant', () => {
    expect(sendNode.version).toBe(3);
    for (const version of [1, 2]) {
      const compiled = compileJourney(graphWithSend({ name: 'Hi', body: 'Hi {{ customer.name }}' }, version), registry);
      expect(compiled.ok ? compiled.value.steps.hello?.config : compiled.problems).toEqual({
        channel: 'outbox',
        name: 'Hi',
        body: 'Hi {{ customer.name }}',
      });
    }
    const line = compileJourney(graphWithSend({ channel: 'line', name: 'Hi', body: 'Hi' }, 2), registry);
    expect(line.ok && line.value.steps.hello?.config).toMatchObject({ channel: 'line' });
  });

  it('warns, once per attribute, about customer attributes it prints without a fallback', () => {
    const config = sendNode.config.parse({
      channel: 'line',
      name: 'Hi',
      body: 'Hi {{ customer.name }} {{ customer.points }} {{ customer.city | default: "" }}',
      variants: { 'zh-TW': { body: '{{ customer.name }} {{ customer.nickname }}' } },
    });
    expect(sendNode.warnings?.(config)).toEqual([
      expect.objectContaining({ code: 'attribute_may_be_missing', path: 'body', params: { attribute: 'name' } }),
      expect.objectContaining({ path: 'variants.zh-TW.body', params: { attribute: 'nickname' } }),
    ]);
  });

  it('names the channel it sends on, for publishing to check', () => {
    expect(sendNode.references?.(sendNode.config.parse({ channel: 'line', name: 'Hi', body: 'Hi' }))).toEqual([
      { kind: 'channel', ref: 'line', path: 'channel' },
    ]);
  });

  it('accepts every channel with per-locale wording and smart sending', () => {
    const config = {
      channel: 'line',
      name: 'Welcome',
      body: 'Hi {{ customer.name | default: "friend" }}, you have {{ customer.points }} points',
      flex: JSON.stringify({ type: 'bubble', body: { type: 'text', text: '{{ steps.reward.code }}' } }),
      variants: { 'zh-TW': { body: '{{ customer.name }}，您好' } },
      smartSendingHours: 24,
    };
    expect(sendNode.config.safeParse(config).success).toBe(true);
  });

  it('reports template problems as compile diagnostics naming the node and the field', () => {
    const compiled = compileJourney(
      graphWithSend({
        channel: 'email',
        name: 'Oops',
        body: 'Hi {{ user.name }}',
        html: '<p>{% if customer.vip %}VIP</p>',
        variants: { 'zh-CN': { body: '{{ customer.name | shout }}' } },
      }),
      registry,
    );
    expect(compiled.ok).toBe(false);
    if (compiled.ok) return;
    const messages = compiled.problems.map((problem) => [problem.nodeId, problem.path, problem.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['hello', 'subject', expect.stringContaining('An email needs a subject')],
        ['hello', 'body', expect.stringContaining('unknown variable "user"')],
        ['hello', 'html', expect.stringContaining('template error')],
        ['hello', 'variants.zh-CN.body', expect.stringContaining('undefined filter: shout')],
      ]),
    );
  });

  it('requires webhook payloads and Flex messages to be JSON objects whose strings are templates', () => {
    const bad = sendNode.config.safeParse({ channel: 'webhook', name: 'Hook', body: '{"a": "{{ nope }}"}' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('unknown variable "nope"');
    const notJson = sendNode.config.safeParse({ channel: 'line', name: 'Flex', body: 'alt', flex: '{oops' });
    expect(notJson.error?.issues[0]?.message).toBe('the Flex message is not valid JSON');
  });
});

describe('checkTemplate', () => {
  it('allows customer, event, steps and now, and locally assigned names', () => {
    expect(
      checkTemplate('{% assign n = customer.name %}{{ n }} {{ event.sku }} {{ steps.reward.code }} {{ now }}'),
    ).toEqual([]);
  });
  it('refuses file includes', () => {
    expect(checkTemplate('{% include "secrets" %}')).toEqual([
      'templates cannot include other files (include, render, layout)',
    ]);
  });
});

describe('unguardedCustomerAttributes', () => {
  it('lists attributes printed without a fallback, once each', () => {
    expect(
      unguardedCustomerAttributes(
        'Hi {{ customer.name }}, {{ customer.name | upcase }} from {{ customer.city | default: "home" }}',
      ),
    ).toEqual(['name']);
  });

  it('leaves out fields every customer has, tests in tags and other variables', () => {
    const source =
      '{{ customer.points }} {{ customer.tier }} {% if customer.vip %}VIP{% endif %} {{ event.sku }} {{ steps.a.code }}';
    expect(unguardedCustomerAttributes(source)).toEqual([]);
  });

  it('finds them on later lines and inside blocks', () => {
    expect(unguardedCustomerAttributes('Hello\n{% if customer.vip %}\n  {{ customer.vip_name }}{% endif %}')).toEqual([
      'vip_name',
    ]);
  });
});
