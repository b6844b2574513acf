// The showcase's LINE rich menus, recorded as if made on LINE (the showcase's LINE channel points at
// no reachable LINE): a default six-area menu and a compact one for VIPs, for the tour's pictures.
import { layoutBounds } from '@wayfarer/channels/spec';
import { insertRichMenu, insertRichMenuImage, markDefaultRichMenu, type Db } from '@wayfarer/db';
import { solidPng } from '../../support/rich-menu-image';

export async function seedRichMenus(db: Db, workspaceId: string): Promise<void> {
  const menus = [
    { name: '全店會員', chatBarText: '會員選單', size: 'full', layout: 'six', rgb: [6, 199, 85] },
    { name: 'VIP tea lovers', chatBarText: 'VIP', size: 'half', layout: 'three', rgb: [180, 140, 40] },
  ] as const;
  for (const [index, menu] of menus.entries()) {
    const height = menu.size === 'full' ? 1686 : 843;
    const image = await insertRichMenuImage(db, {
      workspaceId,
      contentType: 'image/png',
      width: 2500,
      height,
      data: solidPng(2500, height, [...menu.rgb]),
    });
    const row = await insertRichMenu(db, {
      workspaceId,
      name: menu.name,
      chatBarText: menu.chatBarText,
      size: menu.size,
      layout: menu.layout,
      areas: layoutBounds(menu.layout, menu.size).map((bounds, area) => ({
        bounds,
        action: { type: 'postback', data: `menu=${index}&area=${area + 1}` },
      })),
      imageId: image.id,
      lineRichMenuId: `richmenu-showcase${index}`,
    });
    if (index === 0) await markDefaultRichMenu(db, workspaceId, row.id);
  }
}
