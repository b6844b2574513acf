// A submission's answers checked against the form's fields: each answer is keyed by the attribute
// its field writes. Problems name the field (`answers.birthday`), as every 4xx of the API does.
import { isEmailAddress, normalizeEmail, normalizePhone } from '@wayfarer/identity';
import type { FormField } from './liff-form.schema';

export type Answer = string | string[];

export type CheckedAnswers =
  | { ok: true; values: Record<string, Answer>; phone?: { attribute: string; value: string } }
  | { ok: false; field: string; code: 'missing_answer' | 'invalid_answer'; message: string };

type Checked = { value: Answer | undefined } | { problem: string };

function isBirthday(value: string, today: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date <= today && value >= '1900-01-01'
  );
}

function checkChoice(field: FormField, raw: unknown): Checked {
  const allowed = new Set((field.options ?? []).map((option) => option.value));
  const picked = field.multiple === true ? raw : [raw];
  if (!Array.isArray(picked) || !picked.every((value) => typeof value === 'string' && allowed.has(value))) {
    return { problem: 'is not one of the options' };
  }
  const values = [...new Set(picked as string[])];
  if (field.multiple === true) return { value: values };
  return { value: values[0] };
}

function checkOne(field: FormField, raw: unknown, today: Date): Checked {
  if (field.kind === 'choice') return checkChoice(field, raw);
  if (typeof raw !== 'string') return { problem: 'must be text' };
  const text = raw.trim();
  switch (field.kind) {
    case 'birthday':
      return isBirthday(text, today) ? { value: text } : { problem: 'must be a past date such as 1990-04-01' };
    case 'phone': {
      const phone = normalizePhone(text, 'TW');
      return phone === undefined ? { problem: 'is not a phone number' } : { value: phone };
    }
    case 'email': {
      const email = normalizeEmail(text);
      return isEmailAddress(email) ? { value: email } : { problem: 'is not an email address' };
    }
    case 'text':
      return text.length <= 1000 ? { value: text } : { problem: 'is longer than 1000 characters' };
    default: {
      const unknownKind: never = field.kind;
      return { problem: `has an unknown kind ${String(unknownKind)}` };
    }
  }
}

const isEmpty = (raw: unknown) =>
  raw === undefined ||
  raw === null ||
  (typeof raw === 'string' && raw.trim() === '') ||
  (Array.isArray(raw) && raw.length === 0);

/** The answers as attribute values (a phone in E.164, kept apart: it is written only once verified). */
export function checkAnswers(
  fields: readonly FormField[],
  answers: Record<string, unknown>,
  today = new Date(),
): CheckedAnswers {
  const values: Record<string, Answer> = {};
  let phone: { attribute: string; value: string } | undefined;
  for (const field of fields) {
    const raw = answers[field.attribute];
    const name = `answers.${field.attribute}`;
    if (isEmpty(raw)) {
      if (field.required) return { ok: false, field: name, code: 'missing_answer', message: `${name} is required` };
      continue;
    }
    const checked = checkOne(field, raw, today);
    if ('problem' in checked) {
      return { ok: false, field: name, code: 'invalid_answer', message: `${name} ${checked.problem}` };
    }
    if (checked.value === undefined) continue;
    if (field.kind === 'phone' && typeof checked.value === 'string') {
      phone = { attribute: field.attribute, value: checked.value };
    } else values[field.attribute] = checked.value;
  }
  return { ok: true, values, ...(phone === undefined ? {} : { phone }) };
}
