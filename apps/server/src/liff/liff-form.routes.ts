// The public side of LIFF forms: the page (`GET /f/:formId`), its script, and the two calls it makes
// (`POST /v1/liff/forms/:formId/phone-code`, `…/submit`). Every call carries the LIFF ID token,
// verified with LINE before anything is read or stored: a forged or expired token is a 401.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLiffForm, type LiffFormRow } from '@wayfarer/db';
import { normalizePhone } from '@wayfarer/identity';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { checkAnswers } from './form-answers';
import { formPage, formPagePolicy, FORM_SCRIPT_PATH, notFoundPage } from './form-page';
import { pageStrings, pickLanguage } from './form-page-strings';
import type { LiffDeps } from './liff-deps';
import { fieldsOf } from './liff-form-api';
import { formLanguages, loginChannelIdOf } from './liff-form.schema';
import { verifyIdToken } from './line-login';
import { sendPhoneCode } from './send-phone-code';
import { submitForm } from './submit-form';

const script = readFileSync(join(import.meta.dirname, 'liff-form.browser.js'), 'utf8');
const paramsSchema = z.object({ formId: z.uuid() });
const idToken = z.string().min(1).max(4096);

const codeBody = z.object({
  idToken,
  phone: z.string().max(40),
  language: z.enum(formLanguages).default('en'),
});
const submitBody = z.object({
  idToken,
  submissionId: z.uuid(),
  answers: z.record(z.string(), z.unknown()),
  phoneCode: z
    .string()
    .regex(/^\d{6}$/, 'the code is 6 digits')
    .optional(),
});

type Refusal = { status: number; error: string; field?: string; message: string; extra?: Record<string, unknown> };

function refuse(reply: FastifyReply, refusal: Refusal) {
  const issues = refusal.field === undefined ? {} : { issues: [{ path: refusal.field, message: refusal.message }] };
  return reply
    .code(refusal.status)
    .send({ error: refusal.error, message: refusal.message, ...issues, ...refusal.extra });
}

/** The form and the LINE user of the call, or the refusal already sent. */
async function authenticate(
  deps: LiffDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): Promise<{ form: LiffFormRow; lineUserId: string } | undefined> {
  const params = paramsSchema.safeParse(request.params);
  const form = params.success ? await findLiffForm(deps.db, params.data.formId) : undefined;
  if (form === undefined) {
    void refuse(reply, { status: 404, error: 'not_found', message: 'No such form.' });
    return undefined;
  }
  const check = await verifyIdToken(deps.loginBaseUrl, { idToken: token, clientId: loginChannelIdOf(form.liffId) });
  if (check.ok) return { form, lineUserId: check.lineUserId };
  void refuse(
    reply,
    check.reason === 'invalid_token'
      ? { status: 401, error: 'invalid_token', field: 'idToken', message: 'LINE did not accept the ID token.' }
      : { status: 503, error: 'line_unavailable', message: 'LINE could not be asked about the ID token.' },
  );
  return undefined;
}

function badBody(reply: FastifyReply, error: z.ZodError) {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? 'body';
  return refuse(reply, { status: 400, error: 'invalid_request', field, message: `${field}: ${issue?.message ?? ''}` });
}

async function handleCode(deps: LiffDeps, request: FastifyRequest, reply: FastifyReply) {
  const body = codeBody.safeParse(request.body);
  if (!body.success) return badBody(reply, body.error);
  const who = await authenticate(deps, request, reply, body.data.idToken);
  if (who === undefined) return reply;
  const phone = normalizePhone(body.data.phone, 'TW');
  if (phone === undefined || !fieldsOf(who.form).some((field) => field.kind === 'phone')) {
    return refuse(reply, {
      status: 400,
      error: 'invalid_answer',
      field: 'phone',
      message: 'phone is not a phone number.',
    });
  }
  const owner = { workspaceId: who.form.workspaceId, formId: who.form.id, lineUserId: who.lineUserId, phone };
  const sent = await sendPhoneCode(deps, owner, body.data.language);
  if (sent.ok) return reply.send({ sent: true, expiresAt: sent.expiresAt.toISOString() });
  const field = sent.status === 429 ? 'phone' : undefined;
  return refuse(reply, { status: sent.status, error: sent.error, ...(field ? { field } : {}), message: sent.error });
}

const codeRefusals = {
  code_required: { status: 400, message: 'Send a code to the phone and enter it.' },
  no_code: { status: 400, message: 'No code was sent to this phone for you.' },
  expired: { status: 400, message: 'The code has expired.' },
  wrong_code: { status: 400, message: 'The code does not match.' },
  locked: { status: 429, message: 'Too many wrong codes: send a new one.' },
} as const;

async function handleSubmit(deps: LiffDeps, request: FastifyRequest, reply: FastifyReply) {
  const body = submitBody.safeParse(request.body);
  if (!body.success) return badBody(reply, body.error);
  const who = await authenticate(deps, request, reply, body.data.idToken);
  if (who === undefined) return reply;
  const answers = checkAnswers(fieldsOf(who.form), body.data.answers);
  if (!answers.ok)
    return refuse(reply, { status: 400, error: answers.code, field: answers.field, message: answers.message });
  const submitted = await submitForm(deps, {
    form: who.form,
    lineUserId: who.lineUserId,
    submissionId: body.data.submissionId,
    answers,
    phoneCode: body.data.phoneCode,
  });
  if (submitted.ok) return reply.send({ ok: true });
  const { reason } = submitted.refusal;
  const extra = 'attemptsLeft' in submitted.refusal ? { attemptsLeft: submitted.refusal.attemptsLeft } : {};
  return refuse(reply, { ...codeRefusals[reason], error: reason, field: 'phoneCode', extra });
}

/** Registers the page, its script and its two calls. */
export async function liffFormRoutes(app: FastifyInstance, { deps }: { deps: LiffDeps }): Promise<void> {
  const policy = formPagePolicy(deps.sdkUrl);
  app.get(FORM_SCRIPT_PATH, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(script),
  );
  app.get('/f/:formId', async (request, reply) => {
    const query = request.query as Record<string, unknown> | undefined;
    const language = pickLanguage(query?.lang, request.headers['accept-language']);
    const strings = pageStrings(language);
    const params = paramsSchema.safeParse(request.params);
    const form = params.success ? await findLiffForm(deps.db, params.data.formId) : undefined;
    void reply
      .header('content-security-policy', policy)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8');
    if (form === undefined) return reply.code(404).send(notFoundPage(strings, language));
    return reply.send(formPage(form, language, strings, deps.sdkUrl));
  });
  app.post('/v1/liff/forms/:formId/phone-code', async (request, reply) => handleCode(deps, request, reply));
  app.post('/v1/liff/forms/:formId/submit', async (request, reply) => handleSubmit(deps, request, reply));
}
