// The audit log's action filter: a choice among the verbs the rows are written with ("published"),
// sent to the server as `.publish` — that verb on any entity, narrowed by the entity filter.
import type { LocalizedText } from '../../app/i18n';
import { auditVerbLabels } from './audit-messages';

export interface ActionOption {
  /** The filter's value: `.` + the procedure's last word. */
  value: string;
  label: string;
}

type Translate = (text: LocalizedText) => string;

/** Every verb in words, capitalised and in the language's order. */
export function actionFilterOptions(t: Translate, locale: string): ActionOption[] {
  const collator = new Intl.Collator(locale);
  return Object.entries(auditVerbLabels)
    .map(([verb, label]) => {
      const words = t(label);
      return { value: `.${verb}`, label: words.charAt(0).toUpperCase() + words.slice(1) };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}
