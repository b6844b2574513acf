import type { messagingApi } from '@line/bot-sdk';
import type { LineQuickReplyItem } from './line-interactions.schema';

/** A quick-reply button as the Messaging API takes it (`{ type: 'action', action }`). */
export function quickReplyItem(item: LineQuickReplyItem): messagingApi.QuickReplyItem {
  switch (item.type) {
    case 'postback':
      return {
        type: 'action',
        action: {
          type: 'postback',
          label: item.label,
          data: item.data,
          ...(item.displayText === undefined || item.displayText === '' ? {} : { displayText: item.displayText }),
        } satisfies messagingApi.PostbackAction,
      };
    case 'message':
      return {
        type: 'action',
        action: { type: 'message', label: item.label, text: item.text } satisfies messagingApi.MessageAction,
      };
    default: {
      const unreachable: never = item;
      return unreachable;
    }
  }
}
