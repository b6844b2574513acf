import { describe, expect, it } from 'vitest';
import { checkAnswers } from './form-answers';
import type { FormField } from './liff-form.schema';

const label = { en: 'x' };
const fields: FormField[] = [
  { kind: 'birthday', label, required: true, attribute: 'birthday' },
  { kind: 'phone', label, required: false, attribute: 'phone' },
  {
    kind: 'choice',
    label,
    required: false,
    attribute: 'interests',
    multiple: true,
    options: [
      { value: 'tea', label },
      { value: 'coffee', label },
    ],
  },
];
const today = new Date('2026-12-07T00:00:00Z');

describe('checkAnswers', () => {
  it('keys values by attribute and keeps the phone apart, in E.164', () => {
    expect(
      checkAnswers(fields, { birthday: '1990-04-01', phone: '0912 345 678', interests: ['tea', 'tea'] }, today),
    ).toEqual({
      ok: true,
      values: { birthday: '1990-04-01', interests: ['tea'] },
      phone: { attribute: 'phone', value: '+886912345678' },
    });
  });

  it.each([
    [{}, 'answers.birthday'],
    [{ birthday: '2030-01-01' }, 'answers.birthday'],
    [{ birthday: '1990-02-30' }, 'answers.birthday'],
    [{ birthday: '1990-04-01', phone: '12' }, 'answers.phone'],
    [{ birthday: '1990-04-01', interests: ['beer'] }, 'answers.interests'],
    [{ birthday: '1990-04-01', interests: 'tea' }, 'answers.interests'],
  ])('refuses %j naming %s', (answers, field) => {
    const checked = checkAnswers(fields, answers, today);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.field).toBe(field);
  });
});
