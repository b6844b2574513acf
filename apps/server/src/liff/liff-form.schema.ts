// What a LIFF form is: its fields (what the customer answers, in their language) and which customer
// attribute each answer writes. One schema for the API, the stored row and the public page.
import { liffFormSubmitted } from '@wayfarer/events';
import { z } from 'zod';

export const formLanguages = ['en', 'zh-TW', 'zh-CN'] as const;
export type FormLanguage = (typeof formLanguages)[number];

/** Words the customer reads, per language; English is required and stands in for a missing one. */
export const formTextSchema = z.object({
  en: z.string().trim().min(1).max(200),
  'zh-TW': z.string().trim().max(200).optional(),
  'zh-CN': z.string().trim().max(200).optional(),
});
export type FormText = z.infer<typeof formTextSchema>;

/** A customer attribute key, as segments and Liquid read them (`birthday`, `favourite_colour`). */
const attributeKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'an attribute is lower-case letters, digits and _ (e.g. birthday)');

const optionSchema = z.object({
  value: z.string().trim().min(1).max(100),
  label: formTextSchema,
});

export const fieldKinds = ['birthday', 'phone', 'email', 'choice', 'text'] as const;
export type FieldKind = (typeof fieldKinds)[number];

export const formFieldSchema = z
  .object({
    kind: z.enum(fieldKinds),
    label: formTextSchema,
    required: z.boolean().default(false),
    /** The attribute the answer writes (a phone's only once it is verified). */
    attribute: attributeKey,
    /** Choices: the options; `multiple` makes them checkboxes (the answer is a list). */
    options: z.array(optionSchema).max(30).optional(),
    multiple: z.boolean().optional(),
  })
  .refine((field) => field.kind !== 'choice' || (field.options?.length ?? 0) >= 1, {
    message: 'a choice field needs at least one option',
    path: ['options'],
  });
export type FormField = z.infer<typeof formFieldSchema>;

/** `1657000000-AbCdEfGh`: LINE Login's channel id, a dash, the app's own suffix. */
export const liffIdSchema = z
  .string()
  .trim()
  .regex(/^\d{1,20}-[A-Za-z0-9]{1,40}$/, 'a LIFF ID looks like 1657000000-AbCdEfGh');

export const eventNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'an event name is lower-case letters, digits and _');

export const DEFAULT_FORM_EVENT = liffFormSubmitted.name;

export const liffFormInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    liffId: liffIdSchema,
    eventName: eventNameSchema.default(DEFAULT_FORM_EVENT),
    fields: z.array(formFieldSchema).min(1).max(20),
  })
  .refine((form) => new Set(form.fields.map((field) => field.attribute)).size === form.fields.length, {
    message: 'two fields write the same attribute',
    path: ['fields'],
  })
  .refine((form) => form.fields.filter((field) => field.kind === 'phone').length <= 1, {
    message: 'a form has at most one phone field',
    path: ['fields'],
  });
export type LiffFormInput = z.infer<typeof liffFormInputSchema>;

/** LINE Login's channel id, which the LIFF ID starts with: the `client_id` its ID tokens are for. */
export function loginChannelIdOf(liffId: string): string {
  return liffId.split('-')[0] ?? liffId;
}

/** The text in `language`, English when it has none. */
export function textIn(text: FormText, language: FormLanguage): string {
  return text[language] ?? text.en;
}
