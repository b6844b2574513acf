import { describe, expect, it } from 'vitest';
import { templateFields, wechatChannel, type WechatRendered } from './wechat.channel';

const text = (body: string): WechatRendered => ({ channel: 'wechat', content: { type: 'text', text: body } });

describe('WeChat template messages from a send step', () => {
  it('reads one `name: value` a line (either colon), else fills `content`', () => {
    expect(templateFields('first: 訂單已出貨\nkeyword1：A-1001\n\nremark: 謝謝')).toEqual({
      first: '訂單已出貨',
      keyword1: 'A-1001',
      remark: '謝謝',
    });
    expect(templateFields('只有一句話')).toEqual({ content: '只有一句話' });
  });

  it('turns the text into a template message only when the step names a template', () => {
    const apply = (rendered: WechatRendered, options: { templateId?: string }) =>
      wechatChannel.stepOptions?.apply(rendered, options);
    expect(apply(text('first: hi'), {})).toEqual(text('first: hi'));
    expect(apply(text('first: hi'), { templateId: '  ' })).toEqual(text('first: hi'));
    expect(apply(text('first: hi'), { templateId: 'TPL_1' })).toEqual({
      channel: 'wechat',
      content: { type: 'template', templateId: 'TPL_1', data: { first: 'hi' } },
    });
  });

  it('exempts template messages from the 48-hour window, not customer-service text', () => {
    const window = wechatChannel.policy.replyWindow;
    expect(window?.hours).toBe(48);
    expect(window?.exempt?.(text('hi'))).toBe(false);
    expect(window?.exempt?.({ channel: 'wechat', content: { type: 'template', templateId: 'T', data: {} } })).toBe(
      true,
    );
  });
});
