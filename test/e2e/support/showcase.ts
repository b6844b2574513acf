// A workspace with a little of everything, as a Taiwanese tea shop would have after a few weeks:
// customers with attributes and tags, events, segments, a live journey with entrants and a draft,
// journeys with tags.
// Used by the layout test and scripts/screenshots.ts.
import { addCustomerTags, findCustomerByExternalId } from '@wayfarer/db';
import { uploadedFileId } from '../../integration/imports/support';
import { eventually } from '../../support/eventually';
import { seedRichMenus } from './showcase-rich-menus';
import { apiClient, createWorkspaceWithKey, ingest, type Stack } from '../../support/stack';
import { teaClubForm } from './line-form';

export interface Showcase {
  key: string;
  workspaceId: string;
  /** A template's journey, drafted in English and in 繁體中文. */
  draftJourneyId: string;
  draftJourneyIdZh: string;
  liveJourneyId: string;
  /** A 36-step draft, too long to read on one screen. */
  longJourneyId: string;
  /** A live broadcast to the segment, with one broadcast scheduled for tomorrow. */
  broadcastJourneyId: string;
  customerId: string;
  segmentId: string;
  /** A finished import of `showcaseImportFile`, one row of it rejected. */
  importId: string;
  /** A LINE form (birthday, mobile, preferences). */
  formId: string;
}

/** The customers it creates: their names, cities and ids are data, shown as written in any language. */
export const showcaseCustomers = [
  { userId: 'mei-001', traits: { name: '陳美玲', city: 'Taipei', timezone: 'Asia/Taipei', locale: 'zh-TW' } },
  { userId: 'tom-002', traits: { name: 'Tom Lee', city: 'Kaohsiung', timezone: 'Asia/Taipei', locale: 'en' } },
  { userId: 'ana-003', traits: { name: '林安娜', city: 'Taichung', timezone: 'Asia/Taipei', locale: 'zh-TW' } },
  { userId: 'ken-004', traits: { name: 'Ken Wu', city: 'Taipei', timezone: 'Asia/Tokyo', locale: 'en' } },
];

/** A member file as a Taiwanese POS exports it: local mobile numbers, CJK names, one impossible date. */
export const showcaseImportFile = {
  name: '會員名單.csv',
  csv: [
    '會員編號,姓名,手機,Email,生日,點數',
    'M1001,王小明,0912-345-678,ming@example.tw,1990-05-04,500',
    'M1002,林美玲,0933 111 222,,1990-02-30,120',
    'M1003,陳志豪,+886 955 123 456,hao@example.tw,1988/12/31,0',
  ].join('\r\n'),
};

/** Fills a fresh workspace of `stack`: the live journey's trigger event is sent for every customer. */
export async function seedShowcase(stack: Stack): Promise<Showcase> {
  const { workspaceId, key } = await createWorkspaceWithKey(stack, 'Taipei Tea House');
  const api = apiClient(stack, key);
  const send = async (path: string, body: unknown) => {
    const answer = await ingest(stack, key, path, body);
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  };
  // The template sends on LINE, which publishing needs connected.
  await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'showcase-line-token' } });
  // Credentials a custom node reads (the secrets page lists their names).
  await api.workspaceSecrets.set.mutate({ name: 'acme.crm.token', secretValue: 'showcase-crm-token' });
  await api.workspaceSecrets.set.mutate({ name: 'pos.webhook.secret', secretValue: 'showcase-pos-secret' });
  const live = await api.journeys.createFromTemplate.mutate({ templateId: 'first-purchase-gift', locale: 'en' });
  await api.journeys.publish.mutate({ journeyId: live.id });
  const draft = await api.journeys.createFromTemplate.mutate({ templateId: 'first-purchase-gift', locale: 'en' });
  const draftZh = await api.journeys.createFromTemplate.mutate({ templateId: 'first-purchase-gift', locale: 'zh-TW' });
  for (const customer of showcaseCustomers) await send('/v1/identify', customer);
  for (const [index, customer] of showcaseCustomers.entries()) {
    await send('/v1/track', {
      userId: customer.userId,
      event: 'purchase',
      messageId: `seed-purchase-${index}`,
      properties: { amount: 300 + index * 120, store: 'Da-an' },
    });
  }
  const mei = await findCustomerByExternalId(stack.database.db, workspaceId, 'mei-001');
  if (!mei) throw new Error('mei-001 was not stored');
  await addCustomerTags(stack.database.db, {
    workspaceId,
    customerId: mei.id,
    tags: ['vip', 'oolong'],
    source: 'seed',
  });
  const segment = await api.segments.create.mutate({ name: 'VIP tea lovers', rule: { type: 'tag', tag: 'vip' } });
  await seedRichMenus(stack.database.db, workspaceId);
  // The template's first step tags first buyers: its test run shows the customer entering this one.
  await api.segments.create.mutate({ name: 'First-time buyers', rule: { type: 'tag', tag: 'first_purchase' } });
  const fileId = await uploadedFileId(stack.url, key, showcaseImportFile.name, showcaseImportFile.csv);
  const { columns } = await api.imports.preview.query({ fileId });
  const started = await api.imports.start.mutate({ fileId, mapping: { columns, defaultCountry: 'TW' } });
  await eventually(async () => {
    const job = await api.imports.get.query({ id: started.id });
    return job.status === 'completed' ? job : undefined;
  });
  // A few editor autosaves of a journey no tour stop opens, which the audit log folds into one row.
  const giftBox = await api.journeys.create.mutate({ name: '中秋禮盒' });
  for (let save = 0; save < 3; save += 1) {
    await api.journeys.saveDraft.mutate({ journeyId: giftBox.id, graph: teaSale(segment.id) });
  }
  const long = await api.journeys.create.mutate({ name: '茶友會：一年每月好禮', graph: teaClubYear() });
  const broadcast = await api.journeys.create.mutate({ name: 'Mid-Autumn tea sale', graph: teaSale(segment.id) });
  await api.journeys.publish.mutate({ journeyId: broadcast.id });
  await api.broadcasts.start.mutate({ journeyId: broadcast.id, at: new Date(Date.now() + 86_400_000).toISOString() });
  // Tags sort the journeys list; lower-case Latin ones read as data in any language, as tags do.
  const tagged: [string, string[]][] = [
    [broadcast.id, ['中秋', 'vip']],
    [giftBox.id, ['中秋']],
    [live.id, ['首購', 'vip']],
    [draftZh.id, ['首購']],
  ];
  for (const [journeyId, tags] of tagged) await api.journeys.setTags.mutate({ journeyId, tags });
  const form = await api.liffForms.create.mutate(teaClubForm);
  return {
    key,
    workspaceId,
    draftJourneyId: draft.id,
    draftJourneyIdZh: draftZh.id,
    liveJourneyId: live.id,
    longJourneyId: long.id,
    broadcastJourneyId: broadcast.id,
    customerId: mei.id,
    segmentId: segment.id,
    importId: started.id,
    formId: form.id,
  };
}

/** Broadcast to `segmentId` → wait a day → end. */
function teaSale(segmentId: string) {
  return {
    nodes: [
      { id: 'broadcast', type: 'core.trigger.broadcast', position: { x: 0, y: 0 }, data: { config: { segmentId } } },
      {
        id: 'wait',
        type: 'core.wait',
        position: { x: 320, y: 0 },
        data: { config: { mode: 'duration', duration: { amount: 1, unit: 'days' } } },
      },
      { id: 'end', type: 'core.end', position: { x: 640, y: 0 }, data: { config: {} } },
    ],
    edges: [
      { id: 'e1', source: 'broadcast', sourceHandle: 'out', target: 'wait' },
      { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'end' },
    ],
  };
}

/** Purchase → (wait a month → tag the month) × 17 → end: 36 steps in a row, as Tidy up lays them out. */
function teaClubYear() {
  const months = Array.from({ length: 17 }, (_, index) => index + 1);
  const steps = [
    { id: 'purchase', type: 'core.trigger.event', data: { config: { event: 'purchase' } } },
    ...months.flatMap((month) => [
      {
        id: `wait-${month}`,
        type: 'core.wait',
        data: { config: { mode: 'duration', duration: { amount: 30, unit: 'days' } } },
      },
      { id: `tag-${month}`, type: 'core.tag', data: { config: { add: [`club-month-${month}`] } } },
    ]),
    { id: 'end', type: 'core.end', data: { config: {} } },
  ];
  return {
    nodes: steps.map((step, index) => ({ ...step, position: { x: index * 320, y: 0 } })),
    edges: steps.slice(1).map((step, index) => ({
      id: `e${index}`,
      source: steps[index]?.id ?? '',
      sourceHandle: 'out',
      target: step.id,
    })),
  };
}
