import { defineRuntime } from '../../runtime/define-runtime';
import { richMenusService } from './rich-menus-service';
import { DEFAULT_RICH_MENU, switchRichMenuNode } from './switch-rich-menu';

/**
 * Two phases: LINE is called outside the transaction, its outcome committed with the receipt, so a
 * retry after the commit calls nothing. A call repeated after a crash or a timeout first reads the
 * user's menu on LINE and links only when it differs (rich-menus.ts in @wayfarer/delivery): the same
 * menu is never linked twice.
 */
export const switchRichMenuRuntime = defineRuntime(switchRichMenuNode, {
  call: {
    needs: [richMenusService],
    guarantee: 'at-least-once',
    run: (config, { services: { richMenus } }) =>
      richMenus.switchTo(config.richMenuId === DEFAULT_RICH_MENU ? null : config.richMenuId),
  },
  execute: async (_config, _context, called) => {
    const result = called.value;
    if (result.status === 'skipped') return { port: 'skipped', output: { status: 'skipped', reason: result.reason } };
    return { port: 'out', output: { status: result.status, richMenuId: result.richMenuId } };
  },
});
