import type { LocalizedText } from '../app/i18n';
import { insightMessages as m } from './messages';

const labels: Readonly<Record<string, LocalizedText>> = {
  running: m.statusRunning,
  completed: m.statusCompleted,
  exited: m.statusExited,
};

/** The label of an enrollment status; a status this UI does not know yet shows as it comes. */
export function statusLabel(status: string): LocalizedText {
  return labels[status] ?? { en: status, 'zh-TW': status, 'zh-CN': status };
}
