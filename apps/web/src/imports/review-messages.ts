import { defineMessages } from '../app/i18n';

/** The preview and list steps. */
export const reviewMessages = defineMessages({
  previewTitle: {
    en: 'First rows, as they will be imported',
    'zh-TW': '前幾列的匯入結果',
    'zh-CN': '前几行的导入结果',
  },
  previewSummary: {
    en: 'First {count} rows: {ready} ready, {problems} with problems (skipped).',
    'zh-TW': '前 {count} 列中，{ready} 列可匯入，{problems} 列有問題將會略過。',
    'zh-CN': '前 {count} 行中，{ready} 行可导入，{problems} 行有问题将被跳过。',
  },
  previewAllReady: {
    en: '{count, plural, one {The first row is ready.} other {All of the first # rows are ready.}}',
    'zh-TW': '前 {count} 列皆可匯入。',
    'zh-CN': '前 {count} 行均可导入。',
  },
  previewEmpty: {
    en: 'The file has no customer rows.',
    'zh-TW': '檔案中沒有顧客資料列。',
    'zh-CN': '文件中没有客户数据行。',
  },
  previewLoading: { en: 'Reading the file…', 'zh-TW': '讀取檔案中…', 'zh-CN': '读取文件中…' },
  previewFailed: { en: 'Could not read the file.', 'zh-TW': '無法讀取檔案。', 'zh-CN': '无法读取文件。' },
  cellProblem: { en: '{column}: {problem}', 'zh-TW': '{column}：{problem}', 'zh-CN': '{column}：{problem}' },
  attributeNamed: { en: '{label}: {key}', 'zh-TW': '{label}：{key}', 'zh-CN': '{label}：{key}' },
  retry: { en: 'Retry', 'zh-TW': '重試', 'zh-CN': '重试' },
  subscribed: { en: 'subscribed', 'zh-TW': '同意接收', 'zh-CN': '同意接收' },
  unsubscribed: { en: 'unsubscribed', 'zh-TW': '拒絕接收', 'zh-CN': '拒绝接收' },
  yes: { en: 'yes', 'zh-TW': '是', 'zh-CN': '是' },
  no: { en: 'no', 'zh-TW': '否', 'zh-CN': '否' },
  rowHeader: { en: 'Row', 'zh-TW': '列', 'zh-CN': '行' },
  resultHeader: { en: 'Result', 'zh-TW': '結果', 'zh-CN': '结果' },
  ready: { en: 'Ready', 'zh-TW': '可匯入', 'zh-CN': '可导入' },
  skipped: { en: 'Skipped', 'zh-TW': '將略過', 'zh-CN': '将跳过' },
  becomes: { en: 'Imported as {value}', 'zh-TW': '匯入為 {value}', 'zh-CN': '导入为 {value}' },
  listTitle: { en: 'Add the customers to a list', 'zh-TW': '將顧客加入名單', 'zh-CN': '将客户加入名单' },
  listHelp: {
    en: 'A list is a segment you fill from files: use it in journey triggers, branches and broadcasts.',
    'zh-TW': '名單是由檔案建立的分群，可用於旅程觸發、分支與群發。',
    'zh-CN': '名单是由文件建立的分群，可用于旅程触发、分支与群发。',
  },
  listLabel: { en: 'List', 'zh-TW': '名單', 'zh-CN': '名单' },
  listNone: { en: 'Don’t add to a list', 'zh-TW': '不加入名單', 'zh-CN': '不加入名单' },
  listNew: { en: 'New list…', 'zh-TW': '新增名單…', 'zh-CN': '新建名单…' },
  listName: { en: 'Name of the new list', 'zh-TW': '新名單名稱', 'zh-CN': '新名单名称' },
  listNameMissing: { en: 'Give the list a name.', 'zh-TW': '請為名單命名。', 'zh-CN': '请为名单命名。' },
  listMode: { en: 'What to do with the list', 'zh-TW': '名單處理方式', 'zh-CN': '名单处理方式' },
  modeAppend: {
    en: 'Add these customers to it',
    'zh-TW': '將這些顧客加入名單',
    'zh-CN': '将这些客户加入名单',
  },
  modeReplace: {
    en: 'Replace its members with these customers',
    'zh-TW': '以這些顧客取代名單成員',
    'zh-CN': '以这些客户替换名单成员',
  },
  modeRemove: {
    en: 'Take these customers off it',
    'zh-TW': '將這些顧客移出名單',
    'zh-CN': '将这些客户移出名单',
  },
  members: {
    en: '{count, plural, one {# member} other {# members}}',
    'zh-TW': '{count} 位成員',
    'zh-CN': '{count} 位成员',
  },
  summary: {
    en: '{file}: {columns, plural, one {# column} other {# columns}} will be imported.',
    'zh-TW': '{file}：將匯入 {columns} 個欄位。',
    'zh-CN': '{file}：将导入 {columns} 个列。',
  },
  start: { en: 'Start import', 'zh-TW': '開始匯入', 'zh-CN': '开始导入' },
  starting: { en: 'Starting…', 'zh-TW': '啟動中…', 'zh-CN': '启动中…' },
  startFailed: {
    en: 'The import could not start: {reason}',
    'zh-TW': '無法開始匯入：{reason}',
    'zh-CN': '无法开始导入：{reason}',
  },
});
