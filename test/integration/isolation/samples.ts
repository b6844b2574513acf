// A valid input per procedure path, aimed at workspace A's things. The isolation test FAILS for a
// procedure missing here: a new procedure must say how to call it before it ships.
import { SECRET_NAME, type WorkspaceA } from './fixture';

export type Sample =
  | { input: unknown }
  /** Not a workspace procedure (the credential is in the input, or there is none): why. */
  | { public: string };

const unknownId = '00000000-0000-4000-8000-000000000000';
const range = { from: '2020-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' };
const rule = { type: 'attribute', key: 'city', op: 'eq', value: 'Taipei' };

/** `run` (a small number) keeps names, keys and ranks unique when the table is used more than once in a workspace. */
export function samples(a: WorkspaceA, run: number): Record<string, Sample> {
  const journey = { journeyId: a.journeyId };
  const customer = { customerId: a.customerId };
  return {
    'journeys.list': { input: {} },
    'journeys.listStats': { input: { journeyIds: [a.journeyId] } },
    'journeys.setTags': { input: { ...journey, tags: ['Taken over'] } },
    'journeys.listTags': { input: {} },
    'journeys.rename': { input: { ...journey, name: 'Renamed' } },
    'journeys.duplicate': { input: journey },
    'journeys.createFromTemplate': {
      input: { templateId: 'win-back-lapsed', assets: { 'lapsed-customers': { use: a.segmentId } } },
    },
    'journeys.approval': { input: journey },
    'journeys.requestApproval': { input: journey },
    'journeys.approve': { input: { ...journey, draftRevision: 1 } },
    'journeys.get': { input: journey },
    'journeys.create': { input: { name: `B journey ${run}` } },
    'journeys.saveDraft': { input: { ...journey, graph: { nodes: [], edges: [] } } },
    'journeys.validate': { input: { graph: { nodes: [], edges: [] } } },
    'journeys.publish': { input: journey },
    'journeys.versions': { input: journey },
    'journeys.version': { input: { versionId: a.versionId } },
    'journeys.pause': { input: journey },
    'journeys.resume': { input: journey },
    'journeys.archive': { input: journey },
    'journeys.start': { input: { ...journey, userId: a.externalId } },
    'journeys.runDateTrigger': { input: { ...journey, userId: a.externalId } },
    'templates.list': { input: undefined },
    'templates.setup': { input: { templateId: 'win-back-lapsed' } },
    'customers.list': { input: { search: a.externalId } },
    'customers.get': { input: customer },
    'customers.timeline': { input: customer },
    'customers.getByExternalId': { input: { externalId: a.externalId } },
    'customers.vocabulary': { input: undefined },
    'customers.eventProperties': { input: { event: 'purchase' } },
    'messages.list': { input: { ...journey, externalId: a.externalId, ...range } },
    'nodeTypes.list': { input: undefined },
    'broadcasts.start': { input: journey },
    'broadcasts.list': { input: journey },
    'broadcasts.get': { input: { id: a.broadcastId } },
    'broadcasts.cancel': { input: { id: a.broadcastId } },
    'segments.list': { input: { includeArchived: true } },
    'segments.get': { input: { id: a.segmentId } },
    'segments.create': { input: { name: `B segment ${run}`, rule } },
    'segments.update': { input: { id: a.segmentId, name: 'Taken over' } },
    'segments.archive': { input: { id: a.segmentId } },
    'segments.count': { input: { rule } },
    // Workspace A has no upload or import in this fixture: B reaches none of A's by guessing ids.
    'imports.preview': { input: { fileId: unknownId } },
    'imports.start': { input: { fileId: unknownId, mapping: { columns: { user_id: 'externalId' } } } },
    'imports.list': { input: {} },
    'imports.get': { input: { id: unknownId } },
    'imports.pause': { input: { id: unknownId } },
    'imports.resume': { input: { id: unknownId } },
    'imports.cancel': { input: { id: unknownId } },
    'imports.rejects': { input: { id: unknownId } },
    'lists.create': { input: { name: `B list ${run}` } },
    // B exporting A's segment gets none of A's members; A has no export job for B to guess.
    'exports.start': { input: { columns: ['external_id', 'email'], segmentId: a.segmentId } },
    'exports.get': { input: { id: unknownId } },
    'exports.cancel': { input: { id: unknownId } },
    'exports.list': { input: {} },
    'segments.preview': { input: { rule } },
    'loyalty.couponPools.list': { input: undefined },
    'loyalty.couponPools.create': { input: { name: `B pool ${run}`, source: 'list', codes: [`B1-${run}`] } },
    'loyalty.couponPools.addCodes': { input: { poolId: a.poolId, codes: ['B2'] } },
    'loyalty.badges.list': { input: undefined },
    'loyalty.badges.create': { input: { key: `b-badge-${run}`, name: 'B badge' } },
    'loyalty.tiers.list': { input: undefined },
    'loyalty.tiers.create': {
      input: { key: `b-tier-${run}`, name: 'B tier', rank: 10 + run, metric: 'points', threshold: 10 * run },
    },
    'loyalty.lotteries.list': { input: undefined },
    'loyalty.lotteries.create': {
      input: {
        name: `B draw ${run}`,
        loseWeight: 1,
        prizes: [{ key: 'p', name: 'P', weight: 1, stock: 1, reward: { kind: 'coupon', poolId: a.poolId } }],
      },
    },
    'loyalty.valueTiers.get': { input: undefined },
    'loyalty.valueTiers.save': {
      input: {
        windowMonths: 12,
        thresholds: {
          strategic: { purchases: 12, spend: 30_000, referrals: 3 },
          high_value: { purchases: 6, spend: 10_000, referrals: 0 },
          core: { purchases: 3, spend: 3_000, referrals: 0 },
          general: { purchases: 1, spend: 0, referrals: 0 },
        },
      },
    },
    'loyalty.valueTiers.refresh': { input: undefined },
    'loyalty.leaderboard': { input: { limit: 10 } },
    'channels.list': { input: undefined },
    'channels.save': {
      input: { channel: 'webhook', config: { url: 'https://b.example/hook', signingSecret: 'b'.repeat(32) } },
    },
    'channels.remove': { input: { channel: 'webhook' } },
    'channels.messagingSettings.get': { input: undefined },
    'channels.messagingSettings.save': {
      input: {
        quietHours: { start: '22:00', end: '08:00' },
        frequencyCap: { limit: 5, windowHours: 24 },
        channelCaps: {},
      },
    },
    'richMenus.list': { input: undefined },
    'richMenus.create': {
      input: {
        name: `B menu ${run}`,
        chatBarText: 'Menu',
        size: 'half',
        layout: 'one',
        areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'message', text: 'hi' } }],
        imageId: unknownId,
      },
    },
    'richMenus.setDefault': { input: { id: unknownId } },
    'richMenus.delete': { input: { id: unknownId } },
    'richMenus.rules': { input: undefined },
    'richMenus.saveRules': {
      input: { rules: [{ kind: 'segment', segmentId: a.segmentId, richMenuId: unknownId }] },
    },
    'messageTemplates.list': { input: undefined },
    'messageTemplates.get': { input: { id: a.templateId } },
    'messageTemplates.create': { input: { name: `B template ${run}`, channel: 'sms', content: { body: 'Hi' } } },
    'messageTemplates.update': { input: { id: a.templateId, name: 'Taken over' } },
    'messageTemplates.remove': { input: { id: a.templateId } },
    'messageTemplates.preview': {
      input: { channel: 'sms', content: { body: 'Hi {{ customer.externalId }}' }, customerId: a.customerId },
    },
    'messageTemplates.sendTest': {
      input: {
        requestId: unknownId,
        channel: 'sms',
        content: { body: 'Hi {{ customer.name }}' },
        data: { kind: 'customer', customerId: a.customerId },
        recipient: { kind: 'customer', customerId: a.customerId },
      },
    },
    'analytics.nodeStats': { input: { ...journey, ...range } },
    'analytics.overview': { input: { ...journey, ...range } },
    'analytics.live': { input: journey },
    'analytics.exportCsv': { input: { ...journey, ...range } },
    'experiments.report': { input: journey },
    'experiments.chooseWinner': { input: { ...journey, stepId: 'send', arm: 0 } },
    'controlGroup.get': { input: undefined },
    'controlGroup.save': { input: { percent: 5, conversionEvent: 'purchase', revenueProperty: 'revenue' } },
    'controlGroup.report': { input: { days: 30 } },
    'enrollments.find': { input: { ...journey, query: a.externalId } },
    'enrollments.get': { input: { enrollmentId: a.enrollmentId } },
    'enrollments.remove': { input: { enrollmentId: a.enrollmentId } },
    'apiKeys.list': { input: undefined },
    'apiKeys.create': { input: { name: `B key ${run}`, scope: 'ingest' } },
    'apiKeys.rotate': { input: { id: a.apiKeyId } },
    'apiKeys.revoke': { input: { id: a.apiKeyId } },
    'workspaceSecrets.list': { input: undefined },
    'workspaceSecrets.set': { input: { name: `b.token.${run}`, secretValue: 'B value' } },
    'workspaceSecrets.delete': { input: { name: SECRET_NAME } },
    'audit.list': { input: {} },
    'audit.actors': { input: undefined },
    'privacy.exportData': { input: customer },
    'privacy.eraseCustomer': { input: customer },
    'auth.me': { public: 'answers about the caller only (tested in accounts.test.ts)' },
    'auth.signUp': { public: 'creates a new installation owner; closed once a user exists' },
    'auth.signIn': { public: 'the credential is the input' },
    'auth.signOut': { public: 'ends the caller’s own session' },
    'auth.signOutEverywhere': { public: 'ends the caller’s own sessions' },
    'auth.invitation': { public: 'the one-time token is the credential' },
    'auth.acceptInvitation': { public: 'the one-time token is the credential' },
    'members.list': { input: undefined },
    'members.invite': { input: { email: `someone-${run}@b.example`, role: 'viewer' } },
    'members.revokeInvitation': { input: { invitationId: a.invitationId } },
    'members.changeRole': { input: { userId: a.ownerUserId, role: 'viewer' } },
    'members.remove': { input: { userId: a.ownerUserId } },
    'members.setRequireApproval': { input: { requireApproval: false } },
    'simulation.run': {
      input: {
        journeyId: a.journeyId,
        source: { kind: 'version', versionId: a.versionId },
        customer: { kind: 'existing', customerId: a.customerId },
        startEvent: { name: 'start', properties: {} },
        days: 1,
        events: [],
      },
    },
  };
}
