// The capability behind the Switch rich menu step: link one of the workspace's rich menus to the
// customer on LINE (or unlink theirs, so they see the default). Provided by the host from the
// workspace's LINE channel (@wayfarer/delivery); called outside the step's transaction.
import { defineService } from '../../runtime/services/service-key';

/** Why a customer's menu was not switched; recorded as the step's output. */
export type RichMenuSkipReason = 'no_line_user_id' | 'line_not_connected' | 'rich_menu_missing';

export type RichMenuSwitch =
  | { status: 'linked' | 'unlinked' | 'unchanged'; richMenuId: string | null }
  | { status: 'skipped'; reason: RichMenuSkipReason };

export interface RichMenusService {
  /** Gives the customer the menu `richMenuId` (one of the workspace's), or the default with null. */
  switchTo(richMenuId: string | null): Promise<RichMenuSwitch>;
}

export const richMenusService = defineService<RichMenusService>()({
  name: 'richMenus',
  description: 'link a LINE rich menu to the customer, or put them back on the default',
  phase: 'call',
});
