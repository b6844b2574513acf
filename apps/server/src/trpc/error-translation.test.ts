import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DataError } from '@wayfarer/db';
import { ExportJobError } from '@wayfarer/exports/jobs';
import { z } from 'zod';
import { AccountError } from '../accounts/account-error';
import { InvalidJourneyError, TemplateNotFoundError } from '../journeys/journey-errors';
import { httpStatusOf, translateError } from './error-translation';

const wrap = (cause: unknown, code: TRPCError['code'] = 'INTERNAL_SERVER_ERROR') => new TRPCError({ code, cause });

describe('translateError', () => {
  it('maps every DataError code', () => {
    expect(translateError(wrap(new DataError('not_found', 'gone'))).code).toBe('NOT_FOUND');
    expect(translateError(wrap(new DataError('draft_conflict', 'stale'))).code).toBe('CONFLICT');
    expect(translateError(wrap(new DataError('invalid_state', 'paused'))).code).toBe('PRECONDITION_FAILED');
  });

  it('maps an export that has ended to CONFLICT with its code', () => {
    const ended = translateError(wrap(new ExportJobError('export_ended', 'The export has completed.')));
    expect(ended).toMatchObject({ code: 'CONFLICT', reason: 'export_ended', message: 'The export has completed.' });
    expect(translateError(wrap(new ExportJobError('unknown_export', 'gone')))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('maps an unknown template to NOT_FOUND', () => {
    expect(translateError(wrap(new TemplateNotFoundError('nope')))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Journey template "nope" not found.',
    });
  });

  it('keeps the domain message', () => {
    expect(translateError(wrap(new DataError('not_found', 'Journey x not found.'))).message).toBe(
      'Journey x not found.',
    );
  });

  it('lists the problems of a journey that does not compile', () => {
    const problems = [{ code: 'no_trigger' as const, message: 'No trigger' }];
    expect(translateError(wrap(new InvalidJourneyError(problems)))).toMatchObject({ code: 'BAD_REQUEST', problems });
  });

  it('names the fields of invalid input, with what a client needs to word it (never the value)', () => {
    const error = z.object({ name: z.string(), password: z.string().min(10) }).safeParse({ password: 'secret' }).error;
    const translated = translateError(wrap(error, 'BAD_REQUEST'));
    expect(translated.issues).toEqual([
      { path: 'name', message: expect.any(String), code: 'invalid_type', missing: true },
      {
        path: 'password',
        message: expect.any(String),
        code: 'too_small',
        missing: false,
        origin: 'string',
        minimum: 10,
        inclusive: true,
      },
    ]);
    expect(translated.reason).toBe('invalid_input');
    expect(translated.message).toContain('name:');
    expect(JSON.stringify(translated)).not.toContain('secret');
  });

  it('gives the domain reason of a refusal', () => {
    expect(translateError(wrap(new DataError('not_found', 'gone'))).reason).toBe('not_found');
    expect(translateError(new AccountError('invalid_credentials', 'Wrong email or password.'))).toMatchObject({
      code: 'UNAUTHORIZED',
      reason: 'invalid_credentials',
    });
  });

  it('hides the text of unexpected failures', () => {
    expect(translateError(wrap(new Error('relation "x" does not exist')))).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: expect.not.stringContaining('relation'),
    });
  });

  it('passes TRPCErrors thrown on purpose through', () => {
    expect(translateError(new TRPCError({ code: 'UNAUTHORIZED', message: 'no key' }))).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'no key',
    });
  });
});

describe('httpStatusOf', () => {
  it('uses the HTTP status of the code', () => {
    expect([httpStatusOf('NOT_FOUND'), httpStatusOf('CONFLICT'), httpStatusOf('PRECONDITION_FAILED')]).toEqual([
      404, 409, 412,
    ]);
  });
});
