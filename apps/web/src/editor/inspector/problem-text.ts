import type { Diagnostic, DiagnosticCode } from '@wayfarer/journey';
import { defineMessages, format, type Locale, type LocalizedText } from '../../app/i18n';
import { problemDetail } from './problem-detail';

/** The words a problem's explanation names: the exit (port) and the field it is about. */
export interface ProblemContext {
  portLabel?: string;
  fieldLabel?: string;
}

const m = defineMessages({
  invalidConfigField: {
    en: 'Check “{field}” in this step.',
    'zh-TW': '請檢查此步驟的「{field}」。',
    'zh-CN': '请检查此步骤的“{field}”。',
  },
  invalidConfig: {
    en: 'Finish this step’s settings.',
    'zh-TW': '請完成此步驟的設定。',
    'zh-CN': '请完成此步骤的设置。',
  },
  missingEdgePort: {
    en: 'Connect the “{port}” exit to the next step.',
    'zh-TW': '請將「{port}」出口連接到下一個步驟。',
    'zh-CN': '请将“{port}”出口连接到下一个步骤。',
  },
  missingEdge: {
    en: 'Connect this step to the next one.',
    'zh-TW': '請將此步驟連接到下一個步驟。',
    'zh-CN': '请将此步骤连接到下一个步骤。',
  },
  danglingEdge: {
    en: 'A connection leads to a step that no longer exists. Delete it and connect again.',
    'zh-TW': '有連線指向已不存在的步驟。請刪除後重新連接。',
    'zh-CN': '有连线指向已不存在的步骤。请删除后重新连接。',
  },
  duplicateEdge: {
    en: 'Two connections leave the “{port}” exit. Keep one.',
    'zh-TW': '「{port}」出口有兩條連線，請只保留一條。',
    'zh-CN': '“{port}”出口有两条连线，请只保留一条。',
  },
  unreachable: {
    en: 'No path leads to this step. Connect a step before it, or delete it.',
    'zh-TW': '沒有任何路徑通往此步驟。請在前面連接步驟，或刪除它。',
    'zh-CN': '没有任何路径通往此步骤。请在前面连接步骤，或删除它。',
  },
  cycle: {
    en: 'This loop has no Wait: customers would go round it at once. Add a Wait inside the loop.',
    'zh-TW': '此迴圈中沒有「等待」：顧客會立刻不斷繞圈。請在迴圈內加入「等待」。',
    'zh-CN': '此循环中没有“等待”：客户会立刻不断绕圈。请在循环内加入“等待”。',
  },
  noTrigger: {
    en: 'Add a trigger: it decides who enters the journey and when.',
    'zh-TW': '請加入觸發條件：它決定誰在何時進入旅程。',
    'zh-CN': '请加入触发条件：它决定谁在何时进入旅程。',
  },
  unknownType: {
    en: 'This step comes from an add-on that is not installed here. Delete it or ask a developer.',
    'zh-TW': '此步驟來自未安裝的擴充套件。請刪除它或洽詢開發人員。',
    'zh-CN': '此步骤来自未安装的扩展。请删除它或咨询开发人员。',
  },
  newerVersion: {
    en: 'This step was made with a newer version of Wayfarer. Ask a developer to update this one.',
    'zh-TW': '此步驟由較新版本的 Wayfarer 建立。請開發人員更新此版本。',
    'zh-CN': '此步骤由较新版本的 Wayfarer 创建。请开发人员更新此版本。',
  },
  duplicateNode: {
    en: 'Two steps are the same step. Delete one and add it again.',
    'zh-TW': '有兩個步驟重複。請刪除其中一個後重新加入。',
    'zh-CN': '有两个步骤重复。请删除其中一个后重新加入。',
  },
  invalidGraph: {
    en: 'The journey could not be read. Undo your last change, or import it again.',
    'zh-TW': '無法讀取此旅程。請復原上一個變更，或重新匯入。',
    'zh-CN': '无法读取此旅程。请撤销上一个更改，或重新导入。',
  },
});

// Undefined for the workspace check's codes, which `problemDetail` words from their params.
function pick(problem: Diagnostic, context: ProblemContext): [LocalizedText, Record<string, string>] | undefined {
  const port = context.portLabel ?? problem.port ?? '';
  const code: DiagnosticCode = problem.code;
  switch (code) {
    case 'invalid_config':
      return context.fieldLabel === undefined
        ? [m.invalidConfig, {}]
        : [m.invalidConfigField, { field: context.fieldLabel }];
    case 'missing_edge':
      return port === '' ? [m.missingEdge, {}] : [m.missingEdgePort, { port }];
    case 'dangling_edge':
      return [m.danglingEdge, {}];
    case 'duplicate_edge':
      return [m.duplicateEdge, { port }];
    case 'unreachable_node':
      return [m.unreachable, {}];
    case 'cycle_without_wait':
      return [m.cycle, {}];
    case 'no_trigger':
      return [m.noTrigger, {}];
    case 'unknown_node_type':
      return [m.unknownType, {}];
    case 'unsupported_type_version':
      return [m.newerVersion, {}];
    case 'duplicate_node_id':
      return [m.duplicateNode, {}];
    case 'invalid_graph':
      return [m.invalidGraph, {}];
    case 'channel_not_connected':
    case 'missing_asset':
    case 'test_channel':
    case 'attribute_may_be_missing':
      return undefined;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

/** What to do about a compiler problem, in `locale` (the compiler's own message is for developers). */
export function problemText(problem: Diagnostic, context: ProblemContext, locale: Locale): string {
  const picked = pick(problem, context);
  return picked === undefined ? problemDetail(problem, locale) : format(picked[0][locale], picked[1]);
}
