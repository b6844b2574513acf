// Rich menus on LINE through @line/bot-sdk: create one with its image, make one the default, link
// one to a user or unlink it (the user sees the default again), delete one. Every call runs under
// the outbound policy. LINE's answers become a LineRichMenuError with a code a caller can act on.
import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import { defaultOutboundPolicy, type OutboundPolicy } from '../outbound/address-policy';
import { withOutboundPolicy } from '../outbound/http-dispatcher';
import { raceSignal, startDeadline } from '../deadline';
import type { LineConfig } from './line.channel';
import {
  richMenuSizes,
  type RichMenuAction,
  type RichMenuDefinition,
  type RichMenuImageType,
} from './line-rich-menu.schema';

/**
 * - `refused`: LINE refused the request (4xx but 429): repeating it will not help;
 * - `unavailable`: no answer, a 5xx or 429: worth trying again later.
 */
export class LineRichMenuError extends Error {
  constructor(
    readonly code: 'refused' | 'unavailable',
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'LineRichMenuError';
  }
}

const LINE_API = 'https://api.line.me';
const LINE_DATA_API = 'https://api-data.line.me';

/** Where image uploads go: LINE's data host, or the configured host when it is not LINE's (a local server). */
export function lineDataBaseUrl(config: LineConfig): string {
  if (config.dataBaseUrl !== undefined) return config.dataBaseUrl;
  return new URL(config.baseUrl).origin === LINE_API ? LINE_DATA_API : config.baseUrl;
}

// A rich menu's actions need no label (LINE shows the image, not labels).
function toLineAction(action: RichMenuAction): messagingApi.Action {
  switch (action.type) {
    case 'postback':
      return {
        type: 'postback',
        data: action.data,
        ...(action.displayText ? { displayText: action.displayText } : {}),
      };
    case 'message':
      return { type: 'message', text: action.text };
    case 'uri':
      return { type: 'uri', uri: action.uri };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** The rich menu object LINE creates from a definition. */
export function toLineRichMenu(menu: RichMenuDefinition): messagingApi.RichMenuRequest {
  return {
    size: richMenuSizes[menu.size],
    selected: false,
    name: menu.name.slice(0, 300),
    chatBarText: menu.chatBarText,
    areas: menu.areas.map((area) => ({ bounds: area.bounds, action: toLineAction(area.action) })),
  };
}

function lineError(error: unknown, what: string): LineRichMenuError {
  if (error instanceof HTTPFetchError) {
    const retry = error.status === 429 || error.status >= 500;
    const detail = /"message"\s*:\s*"([^"]{1,200})"/.exec(error.body)?.[1] ?? `status ${error.status}`;
    return new LineRichMenuError(retry ? 'unavailable' : 'refused', `LINE refused to ${what}: ${detail}`, error.status);
  }
  return new LineRichMenuError('unavailable', `LINE did not answer when asked to ${what}.`);
}

export interface LineRichMenuClient {
  /** Creates the menu and uploads its image; returns LINE's rich menu id. A menu whose image failed is deleted. */
  create(menu: RichMenuDefinition, image: { bytes: Uint8Array; type: RichMenuImageType }): Promise<string>;
  /** Makes the menu every user without a menu of their own sees; null: none. */
  setDefault(lineRichMenuId: string | null): Promise<void>;
  /** The menu linked to the user on LINE; null when they have none of their own (they see the default). */
  linkedTo(userId: string): Promise<string | null>;
  link(userId: string, lineRichMenuId: string): Promise<void>;
  /** The user sees the default menu again. Unlinking a user with no menu of their own is no error. */
  unlink(userId: string): Promise<void>;
  /** Deletes the menu on LINE (its users see the default); one LINE no longer has is no error. */
  remove(lineRichMenuId: string): Promise<void>;
}

/** A rich menu client for one LINE channel. */
export function createLineRichMenuClient(
  config: LineConfig,
  policy: OutboundPolicy = defaultOutboundPolicy(),
): LineRichMenuClient {
  const auth = { channelAccessToken: config.channelAccessToken };
  const api = new messagingApi.MessagingApiClient({ ...auth, baseURL: config.baseUrl });
  const data = new messagingApi.MessagingApiBlobClient({ ...auth, baseURL: lineDataBaseUrl(config) });
  const call = async <T>(what: string, work: () => Promise<T>, notFoundIsDone = false): Promise<T | undefined> => {
    try {
      const deadline = startDeadline(config.timeoutMs);
      try {
        return await raceSignal(withOutboundPolicy(policy, work), deadline.signal);
      } finally {
        deadline.dispose();
      }
    } catch (error) {
      if (notFoundIsDone && error instanceof HTTPFetchError && error.status === 404) return undefined;
      throw lineError(error, what);
    }
  };
  const remove = async (id: string) => {
    await call('delete the rich menu', () => api.deleteRichMenu(id), true);
  };
  return {
    create: async (menu, image) => {
      const created = await call('create the rich menu', () => api.createRichMenu(toLineRichMenu(menu)));
      const id = created?.richMenuId;
      if (id === undefined) throw new LineRichMenuError('unavailable', 'LINE answered without a rich menu id.');
      try {
        const blob = new Blob([new Uint8Array(image.bytes)], { type: image.type });
        await call('upload the rich menu image', () => data.setRichMenuImage(id, blob));
      } catch (error) {
        await remove(id).catch(() => undefined);
        throw error;
      }
      return id;
    },
    setDefault: async (id) => {
      if (id === null) await call('clear the default rich menu', () => api.cancelDefaultRichMenu());
      else await call('set the default rich menu', () => api.setDefaultRichMenu(id));
    },
    linkedTo: async (userId) => {
      const linked = await call('read the user’s rich menu', () => api.getRichMenuIdOfUser(userId), true);
      return linked?.richMenuId ?? null;
    },
    link: async (userId, id) => {
      await call('link the rich menu', () => api.linkRichMenuIdToUser(userId, id));
    },
    unlink: async (userId) => {
      await call('unlink the rich menu', () => api.unlinkRichMenuIdFromUser(userId), true);
    },
    remove,
  };
}
