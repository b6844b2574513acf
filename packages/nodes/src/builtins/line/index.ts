import { lineKeywordTrigger } from './keyword-trigger';
import { switchRichMenuNode } from './switch-rich-menu';

export { keywordCondition, keywordMatchModes, lineKeywordTrigger, type KeywordTriggerConfig } from './keyword-trigger';

/** The LINE-native node types, in palette order. */
export const lineNodeTypes = [lineKeywordTrigger] as const;
/** The LINE-native actions, listed after the send step. */
export const lineActionNodeTypes = [switchRichMenuNode] as const;
export {
  DEFAULT_RICH_MENU,
  switchRichMenuConfigSchema,
  switchRichMenuNode,
  type SwitchRichMenuConfig,
} from './switch-rich-menu';
export {
  lineMessageOptionsShape,
  lineOptionProblems,
  quickReplyItemSchema,
  type QuickReplyItem,
} from './line-message-options';
