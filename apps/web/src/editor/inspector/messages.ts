import type { DiagnosticCode } from '@wayfarer/journey';
import { defineMessages, type LocalizedText } from '../../app/i18n';

/** The inspector's UI strings. */
export const inspectorMessages = defineMessages({
  inspector: { en: 'Node settings', 'zh-TW': '節點設定', 'zh-CN': '节点设置' },
  nodeId: { en: 'Step ID', 'zh-TW': '步驟 ID', 'zh-CN': '步骤 ID' },
  nodeType: { en: 'type', 'zh-TW': '類型', 'zh-CN': '类型' },
  developerDetails: { en: 'Developer details', 'zh-TW': '開發者資訊', 'zh-CN': '开发者信息' },
  noSettings: {
    en: 'This step has no settings.',
    'zh-TW': '此步驟沒有可設定的項目。',
    'zh-CN': '此步骤没有可设置的项目。',
  },
  readOnly: {
    en: 'Read-only: this version is published.',
    'zh-TW': '唯讀：此版本已發布。',
    'zh-CN': '只读：此版本已发布。',
  },
  required: { en: 'Required', 'zh-TW': '必填', 'zh-CN': '必填' },
  optional: { en: 'optional', 'zh-TW': '選填', 'zh-CN': '选填' },
  choose: { en: 'Choose…', 'zh-TW': '請選擇…', 'zh-CN': '请选择…' },
  none: { en: '(none)', 'zh-TW': '（無）', 'zh-CN': '（无）' },
  item: { en: 'Item {n}', 'zh-TW': '第 {n} 項', 'zh-CN': '第 {n} 项' },
  addItem: { en: 'Add', 'zh-TW': '新增', 'zh-CN': '添加' },
  removeItem: { en: 'Remove item {n}', 'zh-TW': '移除第 {n} 項', 'zh-CN': '移除第 {n} 项' },
  moveUp: { en: 'Move item {n} up', 'zh-TW': '將第 {n} 項上移', 'zh-CN': '将第 {n} 项上移' },
  moveDown: { en: 'Move item {n} down', 'zh-TW': '將第 {n} 項下移', 'zh-CN': '将第 {n} 项下移' },
  removeTag: { en: 'Remove {tag}', 'zh-TW': '移除 {tag}', 'zh-CN': '移除 {tag}' },
  tagsHint: { en: 'Press Enter or comma to add', 'zh-TW': '按 Enter 或逗號新增', 'zh-CN': '按 Enter 或逗号添加' },
  newKey: { en: 'New key', 'zh-TW': '新的鍵', 'zh-CN': '新的键' },
  addKey: { en: 'Add key', 'zh-TW': '新增鍵', 'zh-CN': '添加键' },
  removeKey: { en: 'Remove {key}', 'zh-TW': '移除 {key}', 'zh-CN': '移除 {key}' },
  keyTaken: { en: 'That key is already set', 'zh-TW': '此鍵已存在', 'zh-CN': '此键已存在' },
  typedAs: { en: 'read as {type}', 'zh-TW': '視為{type}', 'zh-CN': '视为{type}' },
  typeText: { en: 'text', 'zh-TW': '文字', 'zh-CN': '文本' },
  typeNumber: { en: 'number', 'zh-TW': '數字', 'zh-CN': '数字' },
  typeBoolean: { en: 'yes/no', 'zh-TW': '是/否', 'zh-CN': '是/否' },
  typeNull: { en: 'empty', 'zh-TW': '空值', 'zh-CN': '空值' },
  typeJson: { en: 'list / object', 'zh-TW': '清單/物件', 'zh-CN': '列表/对象' },
  typedHelp: {
    en: 'Numbers, true / false and [lists] are read as such; put text in "quotes" to keep it text.',
    'zh-TW': '數字、true / false 與 [清單] 會依型別讀取；用 "引號" 包住可保持為文字。',
    'zh-CN': '数字、true / false 与 [列表] 会按类型读取；用 "引号" 包住可保持为文本。',
  },
  ports: { en: 'Connections', 'zh-TW': '連接埠', 'zh-CN': '连接端口' },
  noPorts: { en: 'The journey ends here.', 'zh-TW': '旅程在此結束。', 'zh-CN': '旅程在此结束。' },
  portOptional: { en: 'optional', 'zh-TW': '選填', 'zh-CN': '可选' },
  portsUnknown: {
    en: 'Fix the settings above to see this step’s connections.',
    'zh-TW': '請先修正上方設定，才能顯示此步驟的連接埠。',
    'zh-CN': '请先修正上方设置，才能显示此步骤的连接端口。',
  },
  nodeProblems: { en: 'Problems with this step', 'zh-TW': '此步驟的問題', 'zh-CN': '此步骤的问题' },
  // Template editor
  insertVariable: { en: 'Insert variable', 'zh-TW': '插入變數', 'zh-CN': '插入变量' },
  preview: { en: 'Preview', 'zh-TW': '預覽', 'zh-CN': '预览' },
  previewFor: { en: 'Preview for {name}', 'zh-TW': '{name} 看到的內容', 'zh-CN': '{name} 看到的内容' },
  previewEmpty: { en: '(empty message)', 'zh-TW': '（空白訊息）', 'zh-CN': '（空白消息）' },
  templateError: { en: 'Template error: {message}', 'zh-TW': '範本錯誤：{message}', 'zh-CN': '模板错误：{message}' },
  sampleCustomer: { en: 'Sample customer', 'zh-TW': '範例顧客', 'zh-CN': '示例顾客' },
  sampleEvent: { en: 'Sample event', 'zh-TW': '範例事件', 'zh-CN': '示例事件' },
  sampleTagsHelp: { en: 'Comma-separated', 'zh-TW': '以逗號分隔', 'zh-CN': '以逗号分隔' },
  // Problems panel
  problems: { en: 'Problems', 'zh-TW': '問題', 'zh-CN': '问题' },
  problemCount: { en: '{n} to fix before publishing', 'zh-TW': '發布前需修正 {n} 項', 'zh-CN': '发布前需修正 {n} 项' },
  noProblems: { en: 'No problems — ready to publish', 'zh-TW': '沒有問題，可以發布', 'zh-CN': '没有问题，可以发布' },
  journeyWide: { en: 'Journey', 'zh-TW': '旅程', 'zh-CN': '旅程' },
});

/** A short, translated title per compiler problem; the compiler's own message is the detail. */
export const problemTitles: Readonly<Record<DiagnosticCode, LocalizedText>> = {
  invalid_graph: { en: 'Invalid journey', 'zh-TW': '旅程格式錯誤', 'zh-CN': '旅程格式错误' },
  duplicate_node_id: { en: 'Duplicate step', 'zh-TW': '步驟重複', 'zh-CN': '步骤重复' },
  unknown_node_type: { en: 'Unknown step type', 'zh-TW': '未知的步驟類型', 'zh-CN': '未知的步骤类型' },
  unsupported_type_version: { en: 'Newer step version', 'zh-TW': '步驟版本過新', 'zh-CN': '步骤版本过新' },
  invalid_config: { en: 'Incomplete settings', 'zh-TW': '設定未完成', 'zh-CN': '设置未完成' },
  missing_edge: { en: 'Not connected', 'zh-TW': '尚未連接', 'zh-CN': '尚未连接' },
  dangling_edge: { en: 'Broken connection', 'zh-TW': '連線中斷', 'zh-CN': '连线中断' },
  duplicate_edge: {
    en: 'Two connections from one port',
    'zh-TW': '同一連接埠有兩條連線',
    'zh-CN': '同一端口有两条连线',
  },
  unreachable_node: { en: 'Unreachable step', 'zh-TW': '無法抵達的步驟', 'zh-CN': '无法到达的步骤' },
  cycle_without_wait: { en: 'Loop without a wait', 'zh-TW': '迴圈中沒有等待', 'zh-CN': '循环中没有等待' },
  no_trigger: { en: 'No trigger', 'zh-TW': '沒有觸發條件', 'zh-CN': '没有触发条件' },
};
