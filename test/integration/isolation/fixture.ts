// Workspace A, full of things the isolation test tries to reach from workspace B: a journey of each
// kind, a customer, a segment, a broadcast, an enrollment, a template, rewards, a member, an
// invitation and an API key. Everything A owns is named with MARKER, so a leak shows in any result.
import {
  createBroadcast,
  createApiKey,
  createWorkspace,
  insertSession,
  upsertMember,
  createUser,
  type Db,
} from '@wayfarer/db';
import type { Caller } from './callers';
import { hashToken, newToken, csrfTokenFor } from '../../../apps/server/src/accounts/tokens';
import { roles, type Role } from '../../../apps/server/src/accounts/roles';

export const MARKER = 'Alpha-secret';
/** A's workspace secret: its name may show to A only, its value to no one. */
export const SECRET_NAME = 'alpha-secret.crm.token';

export interface Session {
  token: string;
  csrfToken: string;
}

export interface WorkspaceA {
  workspaceId: string;
  fullKey: string;
  apiKeyId: string;
  journeyId: string;
  versionId: string;
  customerId: string;
  externalId: string;
  segmentId: string;
  broadcastId: string;
  enrollmentId: string;
  templateId: string;
  formId: string;
  poolId: string;
  invitationId: string;
  invitationToken: string;
  ownerUserId: string;
  /** A session of a member of A per role. */
  sessions: Record<Role, Session>;
}

/** A user with `role` in the workspace and a live session for them. */
export async function memberSession(
  db: Db,
  workspaceId: string,
  role: Role,
  email: string,
  name: string,
): Promise<Session & { userId: string }> {
  const user = await createUser(db, { email, name, passwordHash: 'scrypt$1$1$1$x$y' });
  await upsertMember(db, workspaceId, user.id, role);
  const token = newToken();
  const now = new Date();
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    workspaceId,
    now,
    expiresAt: new Date(now.getTime() + 3_600_000),
  });
  return { token, csrfToken: csrfTokenFor(token), userId: user.id };
}

export function apiJourney() {
  return {
    nodes: [
      { id: 'api', type: 'core.trigger.api' },
      { id: 'end', type: 'core.end' },
    ],
    edges: [{ id: 'e1', source: 'api', sourceHandle: 'out', target: 'end' }],
  };
}

/** Builds workspace A through its own admin API key, as a developer would. */
export async function buildWorkspaceA(db: Db, asA: (key: string) => Caller, label: string): Promise<WorkspaceA> {
  const workspace = await createWorkspace(db, `${MARKER} workspace`);
  const key = await createApiKey(db, { workspaceId: workspace.id, name: `${MARKER} key`, scope: 'full' });
  const api = asA(key.key);
  const externalId = `${MARKER}-customer-${label}`;
  const journey = await api.journeys.create({ name: `${MARKER} journey`, graph: apiJourney() });
  const version = await api.journeys.publish({ journeyId: journey.id });
  const started = await api.journeys.start({ journeyId: journey.id, userId: externalId });
  const customer = await db
    .selectFrom('customers')
    .select('id')
    .where('workspaceId', '=', workspace.id)
    .executeTakeFirstOrThrow();
  const segment = await api.segments.create({
    name: `${MARKER} segment`,
    rule: { type: 'attribute', key: 'city', op: 'eq', value: 'Taipei' },
  });
  const broadcast = await createBroadcast(db, {
    workspaceId: workspace.id,
    journeyId: journey.id,
    journeyVersionId: version.versionId,
    segmentId: segment.id,
    scheduledAt: new Date(Date.now() + 86_400_000),
    ratePerSecond: 10,
    batchSize: 10,
  });
  const template = await api.messageTemplates.create({
    name: `${MARKER} template`,
    channel: 'sms',
    content: { body: 'Hi' },
  });
  const form = await api.liffForms.create({
    name: `${MARKER} form`,
    liffId: '1657000000-AlphaApp',
    fields: [{ kind: 'birthday', label: { en: `${MARKER} birthday` }, attribute: 'birthday' }],
  });
  const pool = await api.loyalty.couponPools.create({ name: `${MARKER} pool`, source: 'list', codes: ['ALPHA1'] });
  await api.loyalty.badges.create({ key: 'alpha-badge', name: `${MARKER} badge` });
  await api.loyalty.tiers.create({
    key: 'alpha-tier',
    name: `${MARKER} tier`,
    rank: 1,
    metric: 'points',
    threshold: 100,
  });
  await api.workspaceSecrets.set({ name: SECRET_NAME, secretValue: `${MARKER} secret value` });
  const invited = await api.members.invite({ email: `invitee-${label}@alpha.example`, role: 'editor' });
  const sessions = {} as Record<Role, Session>;
  let ownerUserId = '';
  for (const role of roles) {
    const session = await memberSession(db, workspace.id, role, `${role}-${label}@alpha.example`, `${MARKER} ${role}`);
    sessions[role] = session;
    if (role === 'owner') ownerUserId = session.userId;
  }
  return {
    workspaceId: workspace.id,
    fullKey: key.key,
    apiKeyId: key.id,
    journeyId: journey.id,
    versionId: version.versionId,
    customerId: customer.id,
    externalId,
    segmentId: segment.id,
    broadcastId: broadcast.id,
    enrollmentId: started.enrollmentId,
    templateId: template.id,
    formId: form.id,
    poolId: pool.id,
    invitationId: invited.invitationId,
    invitationToken: invited.token,
    ownerUserId,
    sessions,
  };
}

/** Every value that would betray A in a result of B's. */
export function secretsOf(a: WorkspaceA): string[] {
  return [
    MARKER,
    a.workspaceId,
    a.apiKeyId,
    a.journeyId,
    a.versionId,
    a.customerId,
    a.segmentId,
    a.broadcastId,
    a.enrollmentId,
    a.templateId,
    a.formId,
    a.poolId,
    a.invitationId,
    a.ownerUserId,
    SECRET_NAME,
  ];
}
