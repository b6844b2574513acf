import { z } from 'zod';
import { defineNodeType } from '../define';

/** A page of the brand's, where a friend who opens the share link lands. */
const landingUrl = z
  .string()
  .trim()
  .url('Enter the full address of the page, starting with https://')
  .refine((url) => /^https?:\/\//i.test(url), 'Enter the full address of the page, starting with https://')
  .describe('Your page a friend lands on; the code arrives as ?ref=');

/**
 * Gives the customer a share link of their own (made once, then kept): a friend who opens it
 * lands on `landingUrl` with `ref=<code>`, and credits the customer (`referral_clicked`, and
 * `referral_joined` when the friend signs up with the code). Later steps read the link and a
 * LINE share address from this step's outputs.
 */
export const shareLinkNode = defineNodeType({
  type: 'core.share-link',
  version: 1,
  kind: 'action',
  category: 'actions',
  title: { en: 'Share link', 'zh-TW': '分享連結', 'zh-CN': '分享链接' },
  description: {
    en: 'Give the customer a personal link to share; friends who open it or sign up with it credit them.',
    'zh-TW': '給顧客一個專屬分享連結；好友開啟或透過它加入時，都會記在顧客名下。',
    'zh-CN': '给顾客一个专属分享链接；好友打开或通过它加入时，都会记在顾客名下。',
  },
  config: z.object({
    landingUrl,
    shareText: z.string().trim().max(200).default('').describe('Shown before the link when shared on LINE'),
  }),
  ports: [{ name: 'out' }],
  outputs: [
    {
      key: 'link',
      label: { en: 'Share link', 'zh-TW': '分享連結', 'zh-CN': '分享链接' },
      sample: 'https://crm.example.com/r/Ab3dEf7hJk',
    },
    {
      key: 'lineShareUrl',
      label: { en: 'Share on LINE link', 'zh-TW': 'LINE 分享連結', 'zh-CN': 'LINE 分享链接' },
      sample: 'https://line.me/R/share?text=https%3A%2F%2Fcrm.example.com%2Fr%2FAb3dEf7hJk',
    },
  ],
  eventsRead: () => [],
});

/** LINE's share target picker with `text` (the friend picker opens inside LINE). */
export function lineShareUrl(text: string): string {
  return `https://line.me/R/share?text=${encodeURIComponent(text)}`;
}
