import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Diagnostic } from '@wayfarer/journey';
import { buildFieldModel } from '../model/schema-to-model';
import { specOf } from '../test-support';
import { checkConfig, joinPath, mergeErrors, placeErrors, type FieldError } from './field-errors';
import { renderedPaths } from './rendered-paths';

const schemaOf = (type: string) => specOf(type).config as z.ZodType;
const paths = (errors: readonly FieldError[]) => errors.map((error) => error.path);

describe('checkConfig', () => {
  it('reports issues by dotted path, nested through unions and arrays', () => {
    const check = checkConfig(
      schemaOf('core.branch'),
      { match: 'all', conditions: [{ subject: 'tag', op: 'has', tag: '' }] },
      'en',
    );
    expect(check.parsed.ok).toBe(false);
    expect(check.errors).toEqual([{ path: 'conditions.0.tag', message: 'Required', source: 'schema' }]);
  });

  it('keeps messages written in the schema and refinements at their path', () => {
    expect(checkConfig(schemaOf('core.send'), { channel: 'line', name: 'Hi', body: '' }, 'en').errors).toEqual([
      { path: 'body', message: 'Write the message', source: 'schema' },
    ]);
    expect(checkConfig(schemaOf('core.split'), { paths: [{ percent: 20 }, { percent: 30 }] }, 'en').errors).toEqual([
      { path: 'paths', message: 'Percentages must add up to 100', source: 'schema' },
    ]);
  });

  it('asks for a send’s channel in the UI language', () => {
    const errors = (locale: 'en' | 'zh-TW') =>
      checkConfig(schemaOf('core.send'), { name: 'Hi', body: 'Hello' }, locale).errors;
    expect(errors('en')).toEqual([{ path: 'channel', message: 'Pick a channel', source: 'schema' }]);
    expect(errors('zh-TW')).toEqual([{ path: 'channel', message: '請選擇管道', source: 'schema' }]);
  });

  it('says what zod found in plain words, in the UI language', () => {
    const [error] = checkConfig(
      schemaOf('core.wait'),
      { mode: 'duration', duration: { amount: 0, unit: 'days' } },
      'zh-TW',
    ).errors;
    expect(error?.path).toBe('duration.amount');
    expect(error?.message).toBe('請填大於 0 的數字');
    expect(error?.message).not.toMatch(/expected|number/);
    expect(checkConfig(schemaOf('core.trigger.event'), {}, 'zh-CN').errors[0]?.message).toBe('必填');
  });

  it('returns the parsed config when valid (with defaults filled)', () => {
    expect(checkConfig(schemaOf('core.tag'), { add: ['vip'] }, 'en').parsed).toEqual({
      ok: true,
      data: { add: ['vip'], remove: [], setAttributes: {} },
    });
  });

  it('joins paths like the compiler', () => {
    expect(joinPath(['conditions', 0, 'tag'])).toBe('conditions.0.tag');
  });
});

describe('mergeErrors', () => {
  const compilerProblem = (path: string, message: string): Diagnostic => ({
    code: 'invalid_config',
    nodeId: 'n1',
    path,
    message: `Node "n1" (core.send): ${path}: ${message}`,
  });

  it('adds compiler problems at paths the local check does not cover, without their node prefix', () => {
    const check = checkConfig(schemaOf('core.send'), { channel: 'line', name: 'Hi', body: '' }, 'en');
    const merged = mergeErrors(check, [
      compilerProblem('body', 'Write the message'),
      compilerProblem('subject', 'Too long'),
      { code: 'missing_edge', nodeId: 'n1', port: 'sent', message: 'x' },
    ]);
    expect(merged).toEqual([
      { path: 'body', message: 'Write the message', source: 'schema' },
      { path: 'subject', message: 'Too long', source: 'compiler' },
    ]);
  });

  it('drops compiler config problems once the local config is valid (they are stale)', () => {
    const check = checkConfig(schemaOf('core.send'), { channel: 'line', name: 'Hi', body: 'Hello' }, 'en');
    expect(mergeErrors(check, [compilerProblem('body', 'Write the message')])).toEqual([]);
  });
});

describe('placeErrors', () => {
  it('shows an error at its field, else its nearest rendered ancestor, else the form', () => {
    const model = buildFieldModel(schemaOf('core.tag'), { locale: 'en' });
    const value = { add: ['', 'ok'], setAttributes: { tier: 1 } };
    const rendered = renderedPaths(model, value);
    expect([...rendered].sort()).toEqual(['', 'add', 'remove', 'setAttributes', 'setAttributes.tier']);
    const placed = placeErrors(
      [
        { path: 'add.0', message: 'Too short', source: 'schema' },
        { path: 'setAttributes.tier', message: 'Bad', source: 'schema' },
        { path: 'elsewhere.deep', message: 'Odd', source: 'compiler' },
      ],
      rendered,
    );
    expect(paths(placed.get('add') ?? [])).toEqual(['add.0']);
    expect(paths(placed.get('setAttributes.tier') ?? [])).toEqual(['setAttributes.tier']);
    expect(paths(placed.get('') ?? [])).toEqual(['elsewhere.deep']);
  });

  it('knows the paths a union, its list items and a duration render', () => {
    const branch = buildFieldModel(schemaOf('core.branch'), { locale: 'en' });
    expect([...renderedPaths(branch, { conditions: [{ subject: 'tag' }, { subject: 'bogus' }] })].sort()).toEqual(
      [
        '',
        'conditions',
        'conditions.0',
        'conditions.0.op',
        'conditions.0.subject',
        'conditions.0.tag',
        'conditions.1',
        'conditions.1.subject',
        'match',
      ].sort(),
    );
    const wait = buildFieldModel(schemaOf('core.wait'), { locale: 'en' });
    expect([...renderedPaths(wait, { mode: 'duration' })].sort()).toEqual([
      '',
      'duration',
      'duration.amount',
      'duration.unit',
      'mode',
    ]);
  });
});
