import { describe, expect, it } from 'vitest';
import { sendApiBody } from './messenger.adapter';
import { messengerMessageSchema } from './messenger.channel';

const base = {
  channel: 'messenger' as const,
  to: '2871',
  text: 'Your table is ready',
  messagingType: 'UPDATE' as const,
};

describe('the Send API body', () => {
  it('sends buttons as a button template, with quick replies beside it', () => {
    const message = messengerMessageSchema.parse({
      ...base,
      buttons: [
        { type: 'postback', title: 'On my way', payload: 'action=coming' },
        { type: 'web_url', title: 'Menu', url: 'https://shop.example/menu' },
      ],
      quickReplies: [{ title: 'Later', payload: 'action=later' }],
    });
    expect(sendApiBody(message)).toEqual({
      recipient: { id: '2871' },
      messaging_type: 'UPDATE',
      message: {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'button',
            text: 'Your table is ready',
            buttons: [
              { type: 'postback', title: 'On my way', payload: 'action=coming' },
              { type: 'web_url', title: 'Menu', url: 'https://shop.example/menu' },
            ],
          },
        },
        quick_replies: [{ content_type: 'text', title: 'Later', payload: 'action=later' }],
      },
    });
  });

  it('takes a tag only with MESSAGE_TAG, and MESSAGE_TAG only with a tag', () => {
    const tagged = { ...base, messagingType: 'MESSAGE_TAG', tag: 'CONFIRMED_EVENT_UPDATE' };
    expect(sendApiBody(messengerMessageSchema.parse(tagged))).toMatchObject({
      messaging_type: 'MESSAGE_TAG',
      tag: 'CONFIRMED_EVENT_UPDATE',
    });
    expect(messengerMessageSchema.safeParse({ ...base, tag: 'ACCOUNT_UPDATE' }).success).toBe(false);
    expect(messengerMessageSchema.safeParse({ ...base, messagingType: 'MESSAGE_TAG' }).success).toBe(false);
  });
});
