// LINE's rich menu endpoints as the Messaging API answers them (api.line.me and api-data.line.me on
// one local server): create a menu (validated like LINE: sizes, 1–20 areas inside the image), upload
// its image once (JPEG or PNG ≤ 1 MB), set or clear the default, link / unlink / read a user's menu,
// delete a menu (its links go with it). Bearer token checked on every call.
import { randomBytes } from 'node:crypto';
import type { RecordedRequest, Reply } from '../integration/channels/http-sink';
import { lineToken } from '../integration/sending/provider-apis';

interface StoredMenu {
  body: {
    size: { width: number; height: number };
    areas: { bounds: Record<string, number> }[];
    name: string;
    chatBarText: string;
  };
  image?: { type: string; bytes: Buffer };
}

export interface LineRichMenuApi {
  reply(request: RecordedRequest): Reply | undefined;
  menus: Map<string, StoredMenu>;
  /** The menu linked to each user (absent: they see the default). */
  links: Map<string, string>;
  defaultMenu(): string | null;
  /** Link and unlink requests per user, in order: `link:<menu>` / `unlink`. */
  calls: Map<string, string[]>;
  /** Takes the next link request of `userId` but never answers it (the caller times out). */
  hangNextLink(userId: string): void;
}

const notFound = (message: string): Reply => ({ status: 404, body: { message } });
const badRequest = (message: string, details: unknown[] = []): Reply => ({ status: 400, body: { message, details } });

function menuProblems(body: StoredMenu['body']): string[] {
  const problems: string[] = [];
  const { width, height } = body.size ?? { width: 0, height: 0 };
  if (width !== 2500 || (height !== 1686 && height !== 843)) problems.push('size: invalid');
  if (!Array.isArray(body.areas) || body.areas.length < 1 || body.areas.length > 20) problems.push('areas: 1 to 20');
  for (const [index, area] of (body.areas ?? []).entries()) {
    const { x = -1, y = -1, width: w = 0, height: h = 0 } = area.bounds ?? {};
    if (x < 0 || y < 0 || x + w > width || y + h > height) problems.push(`areas[${index}].bounds: outside the image`);
  }
  if (typeof body.chatBarText !== 'string' || body.chatBarText.length > 14) problems.push('chatBarText: invalid');
  return problems;
}

export function lineRichMenuApi(): LineRichMenuApi {
  const menus = new Map<string, StoredMenu>();
  const links = new Map<string, string>();
  const calls = new Map<string, string[]>();
  const hangs = new Set<string>();
  let defaultId: string | null = null;
  const called = (userId: string, what: string) => calls.set(userId, [...(calls.get(userId) ?? []), what]);

  const withImage = (id: string): Reply | undefined => {
    const menu = menus.get(id);
    if (menu === undefined) return notFound('Not found');
    if (menu.image === undefined) return badRequest('must upload richmenu image before applying it to user');
    return undefined;
  };

  const routes: [string, RegExp, (match: string[], request: RecordedRequest) => Reply][] = [
    [
      'POST',
      /^\/v2\/bot\/richmenu$/,
      (_m, request) => {
        const body = JSON.parse(request.body) as StoredMenu['body'];
        const problems = menuProblems(body);
        if (problems.length > 0)
          return badRequest(
            'The request body has errors',
            problems.map((message) => ({ message })),
          );
        const id = `richmenu-${randomBytes(16).toString('hex')}`;
        menus.set(id, { body });
        return { status: 200, body: { richMenuId: id } };
      },
    ],
    [
      'POST',
      /^\/v2\/bot\/richmenu\/([\w-]+)\/content$/,
      ([id = ''], request) => {
        const menu = menus.get(id);
        if (menu === undefined) return notFound('Not found');
        if (menu.image !== undefined) return badRequest('An image has already been uploaded to the richmenu');
        const type = String(request.headers['content-type'] ?? '');
        if (type !== 'image/jpeg' && type !== 'image/png')
          return { status: 415, body: { message: 'Unsupported Media Type' } };
        if (request.bytes.length > 1024 * 1024) return { status: 413, body: { message: 'Request Entity Too Large' } };
        menu.image = { type, bytes: request.bytes };
        return { status: 200, body: {} };
      },
    ],
    [
      'DELETE',
      /^\/v2\/bot\/richmenu\/([\w-]+)$/,
      ([id = '']) => {
        if (!menus.delete(id)) return notFound('Not found');
        for (const [user, linked] of links) if (linked === id) links.delete(user);
        if (defaultId === id) defaultId = null;
        return { status: 200, body: {} };
      },
    ],
    [
      'POST',
      /^\/v2\/bot\/user\/all\/richmenu\/([\w-]+)$/,
      ([id = '']) => {
        const refused = withImage(id);
        if (refused !== undefined) return refused;
        defaultId = id;
        return { status: 200, body: {} };
      },
    ],
    [
      'DELETE',
      /^\/v2\/bot\/user\/all\/richmenu$/,
      () => {
        defaultId = null;
        return { status: 200, body: {} };
      },
    ],
    [
      'POST',
      /^\/v2\/bot\/user\/(U[0-9a-f]{32})\/richmenu\/([\w-]+)$/,
      ([userId = '', id = '']) => {
        const refused = withImage(id);
        if (refused !== undefined) return refused;
        links.set(userId, id);
        called(userId, `link:${id}`);
        if (hangs.delete(userId)) return 'hang';
        return { status: 200, body: {} };
      },
    ],
    [
      'DELETE',
      /^\/v2\/bot\/user\/(U[0-9a-f]{32})\/richmenu$/,
      ([userId = '']) => {
        links.delete(userId);
        called(userId, 'unlink');
        return { status: 200, body: {} };
      },
    ],
    [
      'GET',
      /^\/v2\/bot\/user\/(U[0-9a-f]{32})\/richmenu$/,
      ([userId = '']) => {
        const linked = links.get(userId);
        return linked === undefined
          ? notFound('the user has no richmenu')
          : { status: 200, body: { richMenuId: linked } };
      },
    ],
  ];

  return {
    reply: (request) => {
      const path = request.path.split('?')[0] ?? '';
      const route = routes.find(([method, pattern]) => method === request.method && pattern.test(path));
      if (route === undefined) return undefined;
      if (request.headers.authorization !== `Bearer ${lineToken}`)
        return { status: 401, body: { message: 'Authentication failed' } };
      return route[2](pattern(route[1], path), request);
    },
    menus,
    links,
    calls,
    defaultMenu: () => defaultId,
    hangNextLink: (userId) => hangs.add(userId),
  };
}

function pattern(regex: RegExp, path: string): string[] {
  return (regex.exec(path) ?? []).slice(1);
}
