// fast-check arbitraries for hostile input at the API edges: strings with NUL characters and
// unpaired surrogates, reserved words, Liquid loops, deep nesting, JSON that is not JSON, and
// journey graphs built from all of these.
import fc from 'fast-check';

const hazards = ['\u0000', '\uD800', '\uDFFF', '\uD83D', '__proto__', 'constructor', 'toString', '{{', '{%', '}}'];

/** Any string, sometimes with a hazard spliced in, sometimes a known-bad one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...hazards), fc.string({ maxLength: 10 }))
    .map(([before, hazard, after]) => `${before}${hazard}${after}`),
  fc.constantFrom(
    '',
    ' ',
    '{% for i in (1..100000000) %}x{% endfor %}',
    '{{ customer.name | append: "\u0000" }}',
    '{% include "/etc/passwd" %}',
    '../../../etc/passwd',
    'x'.repeat(2_000),
    '\uFFFF\uFFFE',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎉',
  ),
);

/** JSON text nested `depth` levels deep, arrays and objects alternating. */
export function deepJson(depth: number): string {
  const open = Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? '[' : '{"k":')).join('');
  const close = Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? ']' : '}'))
    .reverse()
    .join('');
  return `${open}"leaf"${close}`;
}

/** Deep enough to pass or break every limit, from just under 64 to stack-overflow territory. */
const depth = fc.oneof(fc.integer({ min: 55, max: 70 }), fc.integer({ min: 1_000, max: 6_000 }));

// Deep values are too deep for JSON.stringify (it recurses): a marker stands in for one, and
// `toJsonText` writes the nested text where the marker is.
const deepValue = depth.map((d) => `@@deep:${d}@@`);

/** The JSON text of a generated value, with every deep marker replaced by its nested text. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"@@deep:(\d+)@@"/g, (_, d: string) => deepJson(Number(d)));
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deepValue },
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2, true, null) },
);

/** JSON text as a send node holds it (Flex, webhook body): valid, malformed, deep, with escapes. */
export const jsonText: fc.Arbitrary<string> = fc.oneof(
  fc.dictionary(hostileString, hostileValue, { maxKeys: 4 }).map((value) => toJsonText(value)),
  depth.map((d) => `{"type":"bubble","body":${deepJson(d)}}`),
  fc.constantFrom('{"a":"\\u0000"}', '{"a":"\\ud800"}', '{"a":', '[]', 'null', '{"type":"{{ customer.name }}"}'),
  hostileString,
);

/** Names as a client would send them. */
const plainName = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/);

/** Usually `plain`, sometimes anything hostile. */
const mostly = <T>(plain: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 8, arbitrary: plain }, { weight: 1, arbitrary: hostileValue });

const properties = fc.dictionary(fc.oneof(plainName, hostileString), hostileValue, { maxKeys: 4 });

const track = fc.record(
  {
    userId: mostly(plainName),
    event: mostly(plainName),
    messageId: mostly(fc.uuid()),
    timestamp: mostly(
      fc.date({ min: new Date('2001-01-01'), max: new Date(), noInvalidDate: true }).map((d) => d.toISOString()),
    ),
    properties: mostly(properties),
    context: mostly(
      fc.record(
        { traits: properties, timezone: mostly(fc.constant('Asia/Taipei')), locale: mostly(fc.constant('zh-TW')) },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ['userId', 'event'] },
);

const identify = fc.record(
  {
    userId: mostly(plainName),
    messageId: mostly(fc.uuid()),
    traits: mostly(
      fc.record(
        {
          email: hostileString,
          phone: hostileString,
          name: hostileString,
          timezone: hostileString,
          plan: hostileValue,
        },
        { requiredKeys: ['name'] },
      ),
    ),
  },
  { requiredKeys: ['userId'] },
);

/** One ingest request: its path and its body, a value to send as JSON or raw text (maybe not JSON). */
export type IngestRequest = { url: string; payload: unknown } | { url: string; raw: string };

export const ingestRequest: fc.Arbitrary<IngestRequest> = fc.oneof(
  { weight: 3, arbitrary: track.map((payload) => ({ url: '/v1/track', payload })) },
  { weight: 2, arbitrary: identify.map((payload) => ({ url: '/v1/identify', payload })) },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: track.map((message) => ({ ...message, type: 'track' })) },
          { weight: 2, arbitrary: identify.map((message) => ({ ...message, type: 'identify' })) },
          { weight: 1, arbitrary: hostileValue },
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((batch) => ({ url: '/v1/batch', payload: { batch } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        hostileString,
        fc.integer({ min: 100, max: 20_000 }).map((d) => `{"userId":"u","event":"e","properties":${deepJson(d)}}`),
      )
      .map((raw) => ({ url: '/v1/track', raw })),
  },
);

const liquid = fc.oneof(
  hostileString,
  fc.constantFrom(
    'Hi {{ customer.name }}',
    '{{ customer.points | plus: 1 }}',
    '{% if customer.tags contains "vip" %}VIP{% endif %}',
    '{{ event.total | times: 1000000 }}',
    '{% for i in (1..5) %}{{ i }}{% endfor %}',
    '{{ nope.nothing }}',
    '{{ "x" | unknown_filter }}',
  ),
);

const sendConfig = fc.record(
  {
    channel: fc.constantFrom('line', 'email', 'sms', 'webhook', 'outbox'),
    name: mostly(plainName),
    body: fc.oneof(liquid, jsonText),
    subject: liquid,
    flex: jsonText,
    variants: fc.oneof(fc.record({ en: fc.record({ body: liquid }, { requiredKeys: [] }) }), hostileValue),
  },
  { requiredKeys: ['channel', 'name', 'body'] },
);

const nodeId = fc.oneof({ weight: 3, arbitrary: plainName }, { weight: 1, arbitrary: hostileString });

/** trigger → send → end, as the editor writes it, with hostile wording, ids and event names. */
const sendJourney = fc
  .record({ ids: fc.uniqueArray(nodeId, { minLength: 3, maxLength: 3 }), event: mostly(plainName), send: sendConfig })
  .map(({ ids: [trigger = 't', send = 's', end = 'e'], event, send: config }) => ({
    nodes: [
      { id: trigger, type: 'core.trigger.event', data: { config: { event } } },
      { id: send, type: 'core.send', data: { config } },
      { id: end, type: 'core.end' },
    ],
    edges: ['sent', 'skipped', 'failed']
      .map((port) => ({ id: `${send}-${port}`, source: send, sourceHandle: port, target: end }))
      .concat([{ id: `${trigger}-out`, source: trigger, sourceHandle: 'out', target: send }]),
  }));

const nodeTypes = [
  'core.trigger.event',
  'core.send',
  'core.wait',
  'core.branch',
  'core.tag',
  'core.end',
  'core.reward.points',
];

const node = fc.record({
  id: nodeId,
  type: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...nodeTypes) }, { weight: 1, arbitrary: hostileString }),
  data: fc.record(
    { config: fc.oneof(sendConfig, properties, hostileValue), label: hostileString, typeVersion: fc.integer() },
    { requiredKeys: ['config'] },
  ),
});

/** Any nodes of the built-in types, wired at random. */
const randomJourney = fc.array(node, { minLength: 1, maxLength: 5 }).chain((nodes) => {
  const ids = nodes.map((n) => n.id);
  const edge = fc.record({
    id: nodeId,
    source: fc.oneof(fc.constantFrom(...ids), hostileString),
    sourceHandle: fc.oneof(fc.constantFrom('out', 'sent', 'failed', 'skipped'), hostileString),
    target: fc.oneof(fc.constantFrom(...ids), hostileString),
  });
  return fc.record(
    { nodes: fc.constant(nodes), edges: fc.array(edge, { maxLength: 5 }), settings: hostileValue },
    { requiredKeys: ['nodes', 'edges'] },
  );
});

/** A journey graph a client could send: plausible shape, hostile content. */
export const journeyGraph: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: sendJourney },
  { weight: 3, arbitrary: randomJourney },
  { weight: 1, arbitrary: hostileValue },
);

const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The same value with NUL characters and unpaired surrogates taken out of every string and key. */
export function withoutHazards<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '').replace(loneSurrogates, '') as T;
  if (Array.isArray(value)) return value.map(withoutHazards) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [withoutHazards(key), withoutHazards(item)]),
    ) as T;
  }
  return value;
}
