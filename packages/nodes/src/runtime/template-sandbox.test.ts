// Templates are written by marketers and rendered on the worker: they must not read the server's
// files nor climb to prototypes (and from there to Function).
import { describe, expect, it } from 'vitest';
import { createTemplateEngine } from '../builtins/send-template';
import { renderTemplate } from './template';
import { fakeContext } from './test-context';

const fileTags = [
  "{% include '/etc/passwd' %}",
  "{% render '/etc/passwd' %}",
  "{% layout '/etc/passwd' %}x",
  "{% include '../../../../../../etc/passwd' %}",
  "{% render 'package.json' %}",
];

const prototypeReaches = [
  '{{ customer.constructor }}',
  '{{ customer.constructor.name }}',
  '{{ customer.__proto__ }}',
  "{{ customer['__proto__'] }}",
  '{{ customer.tags.constructor }}',
  '{{ customer.name.constructor }}',
  '{{ customer.hasOwnProperty }}',
  '{{ customer.toString }}',
  "{{ customer['constructor']['constructor'] }}",
];

async function outcome(render: () => Promise<unknown>): Promise<string> {
  try {
    return String(await render());
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe('Liquid sandbox of the runtime renderer (renderTemplate)', () => {
  it.each(fileTags)('reads no file: %s', async (template) => {
    const { context } = fakeContext();
    const result = await outcome(() => renderTemplate(template, context));
    expect(result).not.toMatch(/root:|"name":/);
    expect(result).toMatch(/^error: /);
  });

  it.each(prototypeReaches)('reaches no prototype: %s', async (template) => {
    const { context } = fakeContext();
    // Nothing at all: an empty string (lenient) or an undefined-variable error (strict).
    expect(await outcome(() => renderTemplate(template, context))).toMatch(/^$|^error: /);
  });
});

describe('Liquid sandbox of the send engine (createTemplateEngine)', () => {
  const engine = createTemplateEngine();
  const scope = { customer: { name: 'Amy', tags: ['vip'] }, event: {}, steps: {}, now: '', leaderboard: [] };

  it.each(fileTags)('reads no file: %s', async (template) => {
    const result = await outcome(() => engine.parseAndRender(template, scope));
    expect(result).not.toMatch(/root:|"name":/);
    expect(result).toMatch(/^error: /);
  });

  it.each(prototypeReaches)('reaches no prototype: %s', async (template) => {
    expect(await outcome(() => engine.parseAndRender(template, scope))).toMatch(/^$|^error: undefined variable/);
  });
});
