import { describe, expect, it } from 'vitest';
import { secretNameProblem } from './secret-form';
import { secretMessages as m } from './secret-messages';

describe('secretNameProblem', () => {
  it('takes a trimmed lower-case name', () => {
    expect(secretNameProblem('  acme.crm.token ')).toBeUndefined();
  });

  it('names an invisible character apart from the other mistakes', () => {
    expect(secretNameProblem('acme\u200b.token')).toBe(m.nameInvisible);
    expect(secretNameProblem('Acme Token')).toBe(m.nameRule);
    expect(secretNameProblem('')).toBe(m.nameRule);
  });
});
