import { lineKeywordTrigger } from './keyword-trigger';

export { keywordCondition, keywordMatchModes, lineKeywordTrigger, type KeywordTriggerConfig } from './keyword-trigger';

/** The LINE-native node types, in palette order. */
export const lineNodeTypes = [lineKeywordTrigger] as const;
export {
  lineMessageOptionsShape,
  lineOptionProblems,
  quickReplyItemSchema,
  type QuickReplyItem,
} from './line-message-options';
