// Sends a one-time code to the phone a LINE user typed into a form, through the workspace's SMS
// channel. Nothing about the phone is stored but the code's row: it is no identity yet.
import { smsChannel } from '@wayfarer/channels';
import type { LiffDeps } from './liff-deps';
import type { FormLanguage } from './liff-form.schema';
import { issueCode, takeSendAllowance, type CodeOwner } from './phone-code';

const smsText: Record<FormLanguage, (code: string) => string> = {
  en: (code) => `Your verification code is ${code}. It expires in 10 minutes.`,
  'zh-TW': (code) => `您的驗證碼是 ${code}，10 分鐘內有效。`,
  'zh-CN': (code) => `您的验证码是 ${code}，10 分钟内有效。`,
};

export type CodeSent =
  | { ok: true; expiresAt: Date }
  | { ok: false; status: 429; error: 'too_many_codes' }
  | { ok: false; status: 503; error: 'sms_not_connected' | 'sms_failed' };

/** Issues a code and texts it, within the hourly limits of the phone and of the LINE user. */
export async function sendPhoneCode(
  deps: LiffDeps,
  owner: CodeOwner & { formId: string },
  language: FormLanguage,
): Promise<CodeSent> {
  if (deps.sms === undefined) return { ok: false, status: 503, error: 'sms_not_connected' };
  const resolved = await deps.sms.resolve(owner.workspaceId, smsChannel.name);
  if (!resolved.ok) return { ok: false, status: 503, error: 'sms_not_connected' };
  if (!(await takeSendAllowance(deps.db, owner, deps.codesPerHour))) {
    return { ok: false, status: 429, error: 'too_many_codes' };
  }
  const issued = await issueCode(deps.db, owner);
  const result = await resolved.adapter.send(
    { channel: smsChannel.name, to: owner.phone, body: smsText[language](issued.code) },
    { idempotencyKey: `phone-code:${issued.id}` },
  );
  if (result.status !== 'sent') return { ok: false, status: 503, error: 'sms_failed' };
  return { ok: true, expiresAt: issued.expiresAt };
}
