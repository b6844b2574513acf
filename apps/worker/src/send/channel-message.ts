import type { ChannelMessage } from '@wayfarer/channels';
import type { RenderedMessage } from '@wayfarer/nodes/runtime';

/** The readable text stored on the message row (what a support person would want to see). */
export function messageText(message: RenderedMessage): { subject: string | null; body: string } {
  switch (message.channel) {
    case 'line':
      return { subject: null, body: message.content.type === 'text' ? message.content.text : message.content.altText };
    case 'email':
      return { subject: message.subject, body: message.text };
    case 'sms':
      return { subject: null, body: message.body };
    case 'webhook':
      return { subject: null, body: JSON.stringify(message.payload) };
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}

/** The provider message: the rendered content, the recipient's address, the unsubscribe link. */
export function channelMessage(
  message: RenderedMessage,
  address: string | null,
  unsubscribeUrl: () => string,
): ChannelMessage {
  const to = address ?? '';
  switch (message.channel) {
    case 'line':
      return {
        channel: 'line',
        to,
        content: message.content,
        ...(message.quickReplies === undefined ? {} : { quickReplies: [...message.quickReplies] }),
        ...(message.reply === undefined ? {} : { reply: message.reply }),
      };
    case 'email':
      return { ...message, to, unsubscribeUrl: unsubscribeUrl() };
    case 'sms':
      return { channel: 'sms', to, body: message.body };
    case 'webhook':
      return { channel: 'webhook', payload: message.payload };
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}
