// A custom node package as a developer ships it, loaded by the production worker through a
// wayfarer.config.json: a CRM write that must happen once, however often the worker dies.
import { z } from 'zod';
import { defineNodeType, type NodePackage } from '@wayfarer/nodes';

export const crmSyncNode = defineNodeType({
  type: 'acme.crm-sync',
  version: 1,
  kind: 'action',
  category: 'custom',
  title: { en: 'Sync to Acme CRM', 'zh-TW': '同步到 Acme CRM', 'zh-CN': '同步到 Acme CRM' },
  description: {
    en: 'Creates or updates the customer’s CRM contact and stores its id.',
    'zh-TW': '建立或更新顧客的 CRM 聯絡人，並存下其編號。',
    'zh-CN': '创建或更新顾客的 CRM 联系人，并存下其编号。',
  },
  config: z.object({ crmUrl: z.url().describe('CRM API') }),
  ports: [{ name: 'synced', label: { en: 'Synced', 'zh-TW': '已同步', 'zh-CN': '已同步' } }],
  eventsRead: () => [],
});

export const nodeTypes: NodePackage['nodeTypes'] = [crmSyncNode];
