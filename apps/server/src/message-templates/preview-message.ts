// A template rendered for one real customer of the workspace, by the code a send step runs
// (renderSend + sendScope from @wayfarer/nodes/runtime), so the marketer sees what they would get.
import { DataError, isWorkspaceCustomer, loadCustomerProfile, type Db } from '@wayfarer/db';
import { customerStanding } from '@wayfarer/loyalty';
import { messageLocales, sendContentProblems, type SendContent } from '@wayfarer/nodes';
import {
  renderSend,
  sendScope,
  TemplateRenderError,
  type OutboxMessage,
  type RenderedMessage,
} from '@wayfarer/nodes/runtime';
import type { PreviewInput } from './message-template-input';

/** Why a template cannot be written for the customer; `field` is its dotted path in the content. */
export interface PreviewProblem {
  code: 'unknown_variable' | 'template_error' | 'missing_field' | 'render_limit';
  field: string;
  message: string;
}

export type MessagePreview =
  | {
      ok: true;
      /** The wording used: a locale's variant or `default`. */
      locale: string;
      customer: { id: string; externalId: string; name: string | null; locale: string };
      message: RenderedMessage | OutboxMessage;
    }
  | { ok: false; problems: PreviewProblem[] };

function problemCode(message: string): PreviewProblem['code'] {
  if (/unknown variable|undefined variable/i.test(message)) return 'unknown_variable';
  if (/needs a/i.test(message)) return 'missing_field';
  return 'template_error';
}

// The renderer names the field it was writing; the customer's locale variant may be where that text came from.
function failedField(field: string, customerLocale: string, content: SendContent): string {
  const locale = messageLocales.find((candidate) => candidate.toLowerCase() === customerLocale.toLowerCase());
  const variant = locale === undefined ? undefined : content.variants?.[locale];
  const fromVariant = variant?.[field as keyof typeof variant] !== undefined;
  return fromVariant && locale !== undefined ? `variants.${locale}.${field}` : field;
}

function renderProblem(error: TemplateRenderError, locale: string, content: SendContent): PreviewProblem {
  const message = error.cause instanceof Error ? error.cause.message : error.message;
  const code = error.code === 'render_limit' ? error.code : problemCode(message);
  return {
    code,
    field: failedField(error.field, locale, content),
    message: code === 'render_limit' ? error.message : message,
  };
}

async function loadCustomer(db: Db, workspaceId: string, customerId: string) {
  const profile = (await isWorkspaceCustomer(db, workspaceId, customerId))
    ? await loadCustomerProfile(db, customerId)
    : undefined;
  if (!profile) throw new DataError('not_found', 'No such customer in this workspace.');
  return profile;
}

// As at send time (see leaderboardScope): ranking costs queries, so only when the content shows it.
async function leaderboardFor(
  db: Db,
  standing: { workspaceId: string; customerId: string; now: Date },
  content: SendContent,
): Promise<Record<string, unknown>> {
  if (!/\bleaderboard\b/.test(JSON.stringify(content))) return {};
  return { leaderboard: await customerStanding(db, standing) };
}

/** Renders `content` for the customer (in `locale`'s wording when given), or lists its problems. */
export async function previewMessage(
  db: Db,
  workspaceId: string,
  input: PreviewInput,
  now: Date,
): Promise<MessagePreview> {
  const profile = await loadCustomer(db, workspaceId, input.customerId);
  const customer = { ...profile, locale: input.locale ?? profile.locale };
  const problems = sendContentProblems(input.channel, input.content);
  if (problems.length > 0) {
    return { ok: false, problems: problems.map((problem) => ({ ...problem, code: problemCode(problem.message) })) };
  }
  const scope = {
    ...sendScope({ customer, entryEvent: null, now }, {}),
    ...(await leaderboardFor(db, { workspaceId, customerId: profile.id, now }, input.content)),
  };
  const name = typeof profile.attributes['name'] === 'string' ? profile.attributes['name'] : null;
  try {
    const send = { channel: input.channel, name: 'preview', content: input.content };
    const { locale, message } = await renderSend(send, customer.locale, scope);
    return {
      ok: true,
      locale,
      customer: { id: profile.id, externalId: profile.externalId, name, locale: customer.locale },
      message,
    };
  } catch (error) {
    if (!(error instanceof TemplateRenderError)) throw error;
    return { ok: false, problems: [renderProblem(error, customer.locale, input.content)] };
  }
}
