import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtinEditors } from '@wayfarer/nodes/editor';
import { allSpecs, outline, specOf } from '../test-support';
import type { FieldModel } from './field-model';
import { buildFieldModel } from './schema-to-model';

const modelOf = (type: string, locale: 'en' | 'zh-TW' = 'en') => {
  const spec = specOf(type);
  const widgets = builtinEditors.find((facet) => facet.type === type)?.widgets;
  return buildFieldModel(spec.config, { locale, widgets });
};

// The property name is the picker of the properties the condition's event was received with.
const comparison = {
  path: 'string:event-property',
  op: 'enum(eq|neq|gt|gte|lt|lte|contains|in|exists|not_exists|matches)',
  value: 'unknown',
};

describe('buildFieldModel: the form of every shipped node type', () => {
  it('core.trigger.event: event name and a list of property comparisons', () => {
    expect(outline(modelOf('core.trigger.event'))).toEqual({
      event: 'string:event-name',
      where: { list: comparison, min: 0, max: undefined },
    });
  });

  it('core.trigger.api and core.end: no settings', () => {
    expect(outline(modelOf('core.trigger.api'))).toEqual({});
    expect(outline(modelOf('core.end'))).toEqual({});
  });

  it('core.tag: two tag pickers and a record of scalar attributes', () => {
    expect(outline(modelOf('core.tag'))).toEqual({ add: 'tags', remove: 'tags', setAttributes: { record: 'unknown' } });
  });

  it('core.wait: a discriminated union on mode with duration, time of day and event options', () => {
    expect(outline(modelOf('core.wait'))).toEqual({
      union: 'mode',
      options: {
        duration: { duration: 'duration' },
        time_of_day: { time: 'string:time' },
        event: {
          event: 'string:event-name',
          where: { list: comparison, min: 0, max: undefined },
          timeout: 'duration',
        },
      },
    });
  });

  it('core.branch: match enum and at least one condition, each a union on subject', () => {
    expect(outline(modelOf('core.branch'))).toEqual({
      match: 'enum(all|any)',
      conditions: {
        list: {
          union: 'subject',
          options: {
            attribute: { path: 'string:attribute-name', op: comparison.op, value: 'unknown' },
            tag: { op: 'enum(has|has_not)', tag: 'string:tag-name' },
            points: { op: 'enum(eq|neq|gt|gte|lt|lte)', value: 'number[..]' },
            tier: { op: 'enum(is|is_not)', tier: 'string' },
            badge: { op: 'enum(has|has_not)', badgeKey: 'string' },
            valueTier: { op: 'enum(is|is_not)', valueTier: 'enum(strategic|high_value|core|general|potential)' },
            // The segment picker (a widget of the editor facet) for segments and lists alike.
            segment: { op: 'enum(member|not_member)', segmentId: 'string:segment' },
            event: {
              op: 'enum(received|not_received)',
              event: 'string:event-name',
              where: { list: comparison, min: 0, max: undefined },
            },
          },
        },
        min: 1,
        max: undefined,
      },
    });
  });

  it('core.split: 2–10 paths of an optional label and a 0–100 percent', () => {
    expect(outline(modelOf('core.split'))).toEqual({
      paths: { list: { label: 'string', percent: 'number[0..100]' }, min: 2, max: 10 },
    });
  });

  it('core.send: channel, content fields with the template widget, per-locale variants, smart sending, A/B wordings', () => {
    const content = {
      subject: 'string:template',
      body: 'string:template',
      html: 'string:template',
      flex: 'string:flex',
    };
    expect(outline(modelOf('core.send'))).toEqual({
      channel: 'enum(line|messenger|wechat|email|sms|webhook|outbox)',
      name: 'string',
      ...content,
      variants: { en: content, 'zh-TW': content, 'zh-CN': content },
      smartSendingHours: 'integer[1..2160]',
      abTest: {
        variants: {
          list: {
            label: 'string',
            percent: 'number[0..100]',
            ...content,
            variants: { en: content, 'zh-TW': content, 'zh-CN': content },
          },
          min: 0,
          max: 7,
        },
        metric: expect.objectContaining({ union: 'kind' }),
        autoWinner: { enabled: 'boolean', minimumPerVariant: 'integer[100..1000000]' },
      },
      quickReplies: {
        list: {
          union: 'type',
          options: {
            postback: { label: 'string', data: 'string', displayText: 'string' },
            message: { label: 'string', text: 'string' },
          },
        },
        min: 0,
        max: 13,
      },
      reply: 'boolean',
      messageTag: 'enum(CONFIRMED_EVENT_UPDATE|POST_PURCHASE_UPDATE|ACCOUNT_UPDATE|HUMAN_AGENT)',
      templateId: 'string',
    });
    const send = modelOf('core.send');
    const subject = send.kind === 'object' ? send.fields.find((field) => field.key === 'subject') : undefined;
    expect(subject?.required).toBe(false);
  });

  it('core.reward.points: positive integer points (exclusive 0 becomes min 1) and a reason with a default', () => {
    const model = modelOf('core.reward.points');
    expect(outline(model)).toEqual({
      points: 'integer[1..1000000]',
      reason: 'string',
      expiresInMonths: 'integer[1..120]',
    });
    const reason = model.kind === 'object' ? model.fields[1] : undefined;
    expect(reason).toMatchObject({ hasDefault: true, default: 'journey reward', required: false });
  });

  it('example.stamp-card (a custom package): card name and size with its default', () => {
    const model = modelOf('example.stamp-card');
    expect(outline(model)).toEqual({ card: 'string', size: 'integer[2..50]' });
    expect(model.kind === 'object' && model.fields[0]?.label).toBe('Card name');
  });

  it('builds a model for every spec without throwing, rooted in an object or union', () => {
    for (const spec of allSpecs)
      expect(['object', 'union']).toContain(buildFieldModel(spec.config, { locale: 'en' }).kind);
  });
});

describe('buildFieldModel: labels and help', () => {
  const field = (model: FieldModel, key: string) =>
    model.kind === 'object' ? model.fields.find((candidate) => candidate.key === key) : undefined;

  it('takes "Label, e.g. example" descriptions apart into label, help and placeholder', () => {
    expect(field(modelOf('core.trigger.event'), 'event')).toMatchObject({
      label: 'Event name',
      help: 'e.g. purchase',
      placeholder: 'purchase',
    });
  });

  it('keeps sentence-like descriptions as help under a label from the name', () => {
    expect(field(modelOf('core.send'), 'name')).toMatchObject({ label: 'Name', help: 'Message name shown in reports' });
    expect(field(modelOf('core.tag'), 'add')).toMatchObject({ label: 'Tags to add' });
  });

  it('labels in zh-TW from the glossary, options included', () => {
    const wait = modelOf('core.wait', 'zh-TW');
    expect(wait.kind === 'union' && wait.discriminatorLabel).toBe('模式');
    expect(wait.kind === 'union' && wait.options.map((option) => option.label)).toEqual([
      '一段時間',
      '指定時刻',
      '事件',
    ]);
    const add = field(modelOf('core.tag', 'zh-TW'), 'add');
    expect(add?.label).toBe('新增標籤');
    // "Tags to add" only names the field; the translated label says it already.
    expect(add?.help).toBeUndefined();
  });
});

describe('buildFieldModel: schema shapes beyond the built-ins', () => {
  const build = (schema: z.ZodType, widgets?: Record<string, string>) =>
    buildFieldModel(schema, { locale: 'en', widgets });

  it('reads nullable, literal, boolean, number-enum and free-form fields', () => {
    const model = build(
      z.object({
        note: z.string().nullable(),
        fixed: z.literal('v1'),
        on: z.boolean().default(false),
        level: z.union([z.literal(1), z.literal(2)]),
        when: z.date(),
        either: z.union([z.string(), z.number()]),
      }),
    );
    expect(outline(model)).toEqual({
      note: 'string',
      fixed: 'literal(v1)',
      on: 'boolean',
      level: 'enum(1|2)',
      when: 'unknown',
      either: 'unknown',
    });
    expect(model.kind === 'object' && model.fields[0]?.nullable).toBe(true);
  });

  it('reads enum-keyed records, tuples, email / date formats and zod iso times', () => {
    const model = build(
      z.object({
        limits: z.record(z.enum(['a', 'b']), z.number()),
        pair: z.tuple([z.string(), z.number()]),
        email: z.email(),
        day: z.iso.date(),
        at: z.iso.time(),
      }),
    );
    expect(outline(model)).toEqual({
      limits: { record: 'number[..]' },
      pair: 'unknown',
      email: 'string:email',
      day: 'string:date',
      at: 'string:time',
    });
    expect(model.kind === 'object' && model.fields[0]?.kind === 'record' && model.fields[0].keyOptions).toEqual([
      'a',
      'b',
    ]);
  });

  it('applies widgets by schema path, `*` standing for array items', () => {
    const model = build(z.object({ notes: z.array(z.object({ text: z.string() })), codes: z.array(z.string()) }), {
      'notes.*.text': 'textarea',
      codes: 'list',
    });
    expect(outline(model)).toEqual({
      notes: { list: { text: 'string:multiline' }, min: 0, max: undefined },
      codes: { list: 'string', min: 0, max: undefined },
    });
  });

  it('stops a recursive schema at a fixed depth instead of looping', () => {
    interface Tree {
      name: string;
      children: Tree[];
    }
    const tree: z.ZodType<Tree> = z.lazy(() => z.object({ name: z.string(), children: z.array(tree) }));
    const model = build(z.object({ root: tree }));
    expect(JSON.stringify(outline(model))).toContain('"unknown"');
  });
});
