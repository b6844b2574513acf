// A LINE form as a tea shop would ask it (birthday, mobile, tea preferences), and a stand-in for
// LINE's LIFF SDK: tests never fetch LINE's script, the page gets this one, which hands out `idToken`.
import type { Page } from 'playwright-core';

const text = (en: string, zhTw: string, zhCn: string) => ({ en, 'zh-TW': zhTw, 'zh-CN': zhCn });

export const teaClubForm = {
  name: '茶友會員資料',
  liffId: '1657000123-TeaClub1',
  fields: [
    { kind: 'birthday' as const, label: text('Birthday', '生日', '生日'), required: true, attribute: 'birthday' },
    { kind: 'phone' as const, label: text('Mobile', '手機號碼', '手机号码'), required: true, attribute: 'phone' },
    {
      kind: 'choice' as const,
      label: text('Teas you like', '喜歡的茶', '喜欢的茶'),
      attribute: 'tea_preferences',
      multiple: true,
      options: [
        { value: 'oolong', label: text('Oolong', '烏龍', '乌龙') },
        { value: 'black', label: text('Black tea', '紅茶', '红茶') },
        { value: 'green', label: text('Green tea', '綠茶', '绿茶') },
      ],
    },
  ],
};

/** LINE's LIFF SDK address, as the server's default page loads it. */
const liffSdk = 'https://static.line-scdn.net/liff/**';

/** Serves a LIFF SDK stand-in to `page`: logged in, with `idToken` as the user's ID token. */
export async function stubLiffSdk(page: Page, idToken = 'tour-id-token'): Promise<void> {
  const sdk = `window.liff = {
    init: async () => undefined,
    isLoggedIn: () => true,
    login: () => undefined,
    getIDToken: () => ${JSON.stringify(idToken)},
  };`;
  await page.route(liffSdk, (route) => route.fulfill({ contentType: 'text/javascript', body: sdk }));
}
