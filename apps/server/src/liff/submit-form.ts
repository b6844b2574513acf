// A form submission of a verified LINE user: the customer is the one with that LINE user id (as the
// LINE webhook finds them); a phone is bound as an identity, merging with the profile that has it,
// only when the code sent to it matches. Then the answers are written and the event is routed.
import { insertEvent, resolveCustomer, setCustomerAttributes, type IdentityInput } from '@wayfarer/db';
import { refreshSegmentsForCustomer, routeEvent } from '@wayfarer/routing';
import type { LiffFormRow } from '@wayfarer/db';
import type { LiffDeps } from './liff-deps';
import type { CheckedAnswers } from './form-answers';
import { checkCode, type CodeCheck } from './phone-code';

type Answers = Extract<CheckedAnswers, { ok: true }>;

export interface Submission {
  form: LiffFormRow;
  lineUserId: string;
  /** Chosen by the page once per filling: a repeated post stores and routes nothing twice. */
  submissionId: string;
  answers: Answers;
  phoneCode: string | undefined;
}

export type Submitted =
  { ok: true } | { ok: false; refusal: Exclude<CodeCheck, { ok: true }> | { reason: 'code_required' } };

/** Proves the phone (when the form asked one), then stores, writes and routes the submission. */
export async function submitForm(deps: LiffDeps, submission: Submission): Promise<Submitted> {
  const { form, lineUserId, answers } = submission;
  const workspaceId = form.workspaceId;
  const identities: IdentityInput[] = [{ kind: 'line', value: lineUserId }];
  if (answers.phone !== undefined) {
    if (submission.phoneCode === undefined) return { ok: false, refusal: { reason: 'code_required' } };
    const owner = { workspaceId, lineUserId, phone: answers.phone.value };
    const check = await checkCode(deps.db, owner, submission.phoneCode);
    if (!check.ok) return { ok: false, refusal: check };
    // The phone's profile (a member with points, say) survives; the LINE profile joins it.
    identities.unshift({ kind: 'phone', value: answers.phone.value });
  }
  const { customer } = await resolveCustomer(deps.db, workspaceId, identities);
  const stored = await insertEvent(deps.db, {
    workspaceId,
    customerId: customer.id,
    messageId: `liff:${form.id}:${submission.submissionId}`,
    kind: 'track',
    name: form.eventName,
    properties: {
      form: form.name,
      formId: form.id,
      answers: answers.values,
      ...(answers.phone === undefined ? {} : { phoneVerified: true }),
    },
    timestamp: new Date(),
  });
  if (stored.event.routedAt !== null) return { ok: true };
  const written = { ...answers.values, ...(answers.phone ? { [answers.phone.attribute]: answers.phone.value } : {}) };
  await setCustomerAttributes(deps.db, customer.id, written);
  await routeEvent(deps, stored.event);
  await refreshSegmentsForCustomer(deps, { workspaceId, customerId: customer.id });
  return { ok: true };
}
