import { defineMessages, type LocalizedText } from '../../app/i18n';

/** The audit log's sentences: `{actor}` did something to `{entity}`. */
export const auditMessages = defineMessages({
  named: { en: '“{name}”', 'zh-TW': '{kind}「{name}」', 'zh-CN': '{kind}“{name}”' },
  unnamed: { en: 'the {kind}', 'zh-TW': '{kind}', 'zh-CN': '{kind}' },
  removedMember: { en: 'A removed member', 'zh-TW': '已移除的成員', 'zh-CN': '已移除的成员' },
  unknownKey: { en: 'A deleted API key', 'zh-TW': '已刪除的 API 金鑰', 'zh-CN': '已删除的 API 密钥' },
  apiKeyActor: { en: 'API key “{name}”', 'zh-TW': 'API 金鑰「{name}」', 'zh-CN': 'API 密钥“{name}”' },
  anyActor: { en: 'Anyone', 'zh-TW': '所有人', 'zh-CN': '所有人' },
  members: { en: 'Members', 'zh-TW': '成員', 'zh-CN': '成员' },
  apiKeys: { en: 'API keys', 'zh-TW': 'API 金鑰', 'zh-CN': 'API 密钥' },
  other: {
    en: '{actor} did “{action}” on {entity}',
    'zh-TW': '{actor} 對{entity}執行了「{action}」',
    'zh-CN': '{actor} 对{entity}执行了“{action}”',
  },
  otherNoEntity: {
    en: '{actor} did “{action}”',
    'zh-TW': '{actor} 執行了「{action}」',
    'zh-CN': '{actor} 执行了“{action}”',
  },
  autosaves: {
    en: '{actor} edited the draft of {entity} · {count, plural, one {# save} other {# saves}}, {span}',
    'zh-TW': '{actor} 編輯了{entity}的草稿 · {count, plural, other {# 次儲存}}，{span}',
    'zh-CN': '{actor} 编辑了{entity}的草稿 · {count, plural, other {# 次保存}}，{span}',
  },
  details: { en: 'Details', 'zh-TW': '詳細資料', 'zh-CN': '详细信息' },
  anyAction: { en: 'Any action', 'zh-TW': '所有動作', 'zh-CN': '所有操作' },
});

/** What an entry's action did, by the procedure's last word (`journeys.publish` → publish). */
export const auditVerbs: Record<string, LocalizedText> = {
  create: { en: '{actor} created {entity}', 'zh-TW': '{actor} 建立了{entity}', 'zh-CN': '{actor} 创建了{entity}' },
  createFromTemplate: {
    en: '{actor} created {entity} from a template',
    'zh-TW': '{actor} 從範本建立了{entity}',
    'zh-CN': '{actor} 从模板创建了{entity}',
  },
  saveDraft: {
    en: '{actor} saved the draft of {entity}',
    'zh-TW': '{actor} 儲存了{entity}的草稿',
    'zh-CN': '{actor} 保存了{entity}的草稿',
  },
  update: { en: '{actor} updated {entity}', 'zh-TW': '{actor} 更新了{entity}', 'zh-CN': '{actor} 更新了{entity}' },
  save: { en: '{actor} saved {entity}', 'zh-TW': '{actor} 儲存了{entity}', 'zh-CN': '{actor} 保存了{entity}' },
  rename: {
    en: '{actor} renamed {entity}',
    'zh-TW': '{actor} 重新命名了{entity}',
    'zh-CN': '{actor} 重命名了{entity}',
  },
  delete: { en: '{actor} deleted {entity}', 'zh-TW': '{actor} 刪除了{entity}', 'zh-CN': '{actor} 删除了{entity}' },
  remove: { en: '{actor} removed {entity}', 'zh-TW': '{actor} 移除了{entity}', 'zh-CN': '{actor} 移除了{entity}' },
  archive: { en: '{actor} archived {entity}', 'zh-TW': '{actor} 封存了{entity}', 'zh-CN': '{actor} 归档了{entity}' },
  publish: { en: '{actor} published {entity}', 'zh-TW': '{actor} 發布了{entity}', 'zh-CN': '{actor} 发布了{entity}' },
  pause: { en: '{actor} paused {entity}', 'zh-TW': '{actor} 暫停了{entity}', 'zh-CN': '{actor} 暂停了{entity}' },
  resume: { en: '{actor} resumed {entity}', 'zh-TW': '{actor} 恢復了{entity}', 'zh-CN': '{actor} 恢复了{entity}' },
  duplicate: {
    en: '{actor} duplicated {entity}',
    'zh-TW': '{actor} 複製了{entity}',
    'zh-CN': '{actor} 复制了{entity}',
  },
  setTags: {
    en: '{actor} changed the tags of {entity}',
    'zh-TW': '{actor} 變更了{entity}的標籤',
    'zh-CN': '{actor} 更改了{entity}的标签',
  },
  start: { en: '{actor} started {entity}', 'zh-TW': '{actor} 啟動了{entity}', 'zh-CN': '{actor} 启动了{entity}' },
  cancel: { en: '{actor} cancelled {entity}', 'zh-TW': '{actor} 取消了{entity}', 'zh-CN': '{actor} 取消了{entity}' },
  revoke: { en: '{actor} revoked {entity}', 'zh-TW': '{actor} 撤銷了{entity}', 'zh-CN': '{actor} 撤销了{entity}' },
  rotate: { en: '{actor} rotated {entity}', 'zh-TW': '{actor} 輪替了{entity}', 'zh-CN': '{actor} 轮换了{entity}' },
  invite: { en: '{actor} invited {entity}', 'zh-TW': '{actor} 邀請了{entity}', 'zh-CN': '{actor} 邀请了{entity}' },
  sendTest: {
    en: '{actor} sent a test of {entity}',
    'zh-TW': '{actor} 傳送了{entity}的測試',
    'zh-CN': '{actor} 发送了{entity}的测试',
  },
  set: { en: '{actor} set {entity}', 'zh-TW': '{actor} 設定了{entity}', 'zh-CN': '{actor} 设置了{entity}' },
  setWebhook: {
    en: '{actor} set the webhook URL of {entity}',
    'zh-TW': '{actor} 設定了{entity}的 Webhook 網址',
    'zh-CN': '{actor} 设置了{entity}的 Webhook 网址',
  },
  erase: { en: '{actor} erased {entity}', 'zh-TW': '{actor} 清除了{entity}', 'zh-CN': '{actor} 清除了{entity}' },
  setDefault: {
    en: '{actor} set {entity} as the default',
    'zh-TW': '{actor} 將{entity}設為預設',
    'zh-CN': '{actor} 将{entity}设为默认',
  },
  saveRules: { en: '{actor} saved {entity}', 'zh-TW': '{actor} 儲存了{entity}', 'zh-CN': '{actor} 保存了{entity}' },
};

/** Each verb of {@link auditVerbs} on its own, as the rows say it: the action filter's options. */
export const auditVerbLabels: Record<string, LocalizedText> = {
  create: { en: 'created', 'zh-TW': '建立', 'zh-CN': '创建' },
  createFromTemplate: { en: 'created from a template', 'zh-TW': '從範本建立', 'zh-CN': '从模板创建' },
  saveDraft: { en: 'saved the draft', 'zh-TW': '儲存草稿', 'zh-CN': '保存草稿' },
  update: { en: 'updated', 'zh-TW': '更新', 'zh-CN': '更新' },
  save: { en: 'saved', 'zh-TW': '儲存', 'zh-CN': '保存' },
  rename: { en: 'renamed', 'zh-TW': '重新命名', 'zh-CN': '重命名' },
  delete: { en: 'deleted', 'zh-TW': '刪除', 'zh-CN': '删除' },
  remove: { en: 'removed', 'zh-TW': '移除', 'zh-CN': '移除' },
  archive: { en: 'archived', 'zh-TW': '封存', 'zh-CN': '归档' },
  publish: { en: 'published', 'zh-TW': '發布', 'zh-CN': '发布' },
  pause: { en: 'paused', 'zh-TW': '暫停', 'zh-CN': '暂停' },
  resume: { en: 'resumed', 'zh-TW': '恢復', 'zh-CN': '恢复' },
  duplicate: { en: 'duplicated', 'zh-TW': '複製', 'zh-CN': '复制' },
  start: { en: 'started', 'zh-TW': '啟動', 'zh-CN': '启动' },
  cancel: { en: 'cancelled', 'zh-TW': '取消', 'zh-CN': '取消' },
  revoke: { en: 'revoked', 'zh-TW': '撤銷', 'zh-CN': '撤销' },
  rotate: { en: 'rotated', 'zh-TW': '輪替', 'zh-CN': '轮换' },
  invite: { en: 'invited', 'zh-TW': '邀請', 'zh-CN': '邀请' },
  sendTest: { en: 'sent a test', 'zh-TW': '傳送測試', 'zh-CN': '发送测试' },
  setWebhook: { en: 'set the webhook URL', 'zh-TW': '設定 Webhook 網址', 'zh-CN': '设置 Webhook 网址' },
  setTags: { en: 'changed the tags', 'zh-TW': '變更標籤', 'zh-CN': '更改标签' },
  set: { en: 'set', 'zh-TW': '設定', 'zh-CN': '设置' },
  erase: { en: 'erased', 'zh-TW': '清除', 'zh-CN': '清除' },
  setDefault: { en: 'set as default', 'zh-TW': '設為預設', 'zh-CN': '设为默认' },
  saveRules: { en: 'saved the rules', 'zh-TW': '儲存規則', 'zh-CN': '保存规则' },
};

/** Entity types in words; also the entity filter's options. */
export const auditEntityKinds: Record<string, LocalizedText> = {
  journey: { en: 'journey', 'zh-TW': '旅程', 'zh-CN': '旅程' },
  segment: { en: 'segment', 'zh-TW': '分群', 'zh-CN': '分群' },
  channel: { en: 'channel', 'zh-TW': '管道', 'zh-CN': '渠道' },
  messaging_settings: { en: 'messaging settings', 'zh-TW': '訊息設定', 'zh-CN': '消息设置' },
  retention_settings: { en: 'data retention settings', 'zh-TW': '資料保留設定', 'zh-CN': '数据保留设置' },
  coupon_pool: { en: 'coupon pool', 'zh-TW': '優惠券池', 'zh-CN': '优惠券池' },
  badge: { en: 'badge', 'zh-TW': '徽章', 'zh-CN': '徽章' },
  tier: { en: 'tier', 'zh-TW': '等級', 'zh-CN': '等级' },
  lottery: { en: 'lottery', 'zh-TW': '抽獎', 'zh-CN': '抽奖' },
  broadcast: { en: 'broadcast', 'zh-TW': '群發', 'zh-CN': '群发' },
  message_template: { en: 'message template', 'zh-TW': '訊息範本', 'zh-CN': '消息模板' },
  member: { en: 'member', 'zh-TW': '成員', 'zh-CN': '成员' },
  api_key: { en: 'API key', 'zh-TW': 'API 金鑰', 'zh-CN': 'API 密钥' },
  customer: { en: 'customer', 'zh-TW': '顧客', 'zh-CN': '顾客' },
  customer_import: { en: 'customer import', 'zh-TW': '顧客匯入', 'zh-CN': '顾客导入' },
  workspace_secret: { en: 'secret', 'zh-TW': '機密', 'zh-CN': '机密' },
  enrollment: { en: 'enrollment', 'zh-TW': '旅程參與', 'zh-CN': '旅程参与' },
  liff_form: { en: 'LINE form', 'zh-TW': 'LINE 表單', 'zh-CN': 'LINE 表单' },
  rich_menu: { en: 'rich menu', 'zh-TW': '圖文選單', 'zh-CN': '图文菜单' },
  rich_menu_rule: { en: 'rich menu rules', 'zh-TW': '圖文選單規則', 'zh-CN': '图文菜单规则' },
};
