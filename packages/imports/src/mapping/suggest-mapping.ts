// A first guess at a file's mapping from its header names (English, 繁體, 简体, as POS and LINE OA
// exports name them), for the wizard to start from. Unknown columns become text attributes.
import type { ColumnTarget } from './mapping.schema';

const known: ReadonlyArray<[RegExp, ColumnTarget]> = [
  [
    /^(external[ _-]?id|user[ _-]?id|customer[ _-]?id|member[ _-]?(id|no|number)|會員(編號|編碼|卡號)|会员(编号|编码|卡号)|顧客編號|客户编号)$/i,
    { target: 'externalId' },
  ],
  [/^(e-?mail|email address|電子(郵件|信箱)|电子邮件|信箱|邮箱)$/i, { target: 'email' }],
  [
    /^(phone|mobile|cell|phone number|mobile phone|手機|電話|手机|电话|手機號碼|手机号码|行動電話)$/i,
    { target: 'phone' },
  ],
  [/^(line|line[ _-]?(user[ _-]?)?id|line[ _-]?uid)$/i, { target: 'lineUserId' }],
  [/^(name|full name|姓名|名字|顧客姓名|客户姓名)$/i, { target: 'attribute', key: 'name', type: 'text' }],
  [/^(birthday|birth ?date|date of birth|dob|生日|出生日期)$/i, { target: 'attribute', key: 'birthday', type: 'date' }],
  [/^(tags?|標籤|标签)$/i, { target: 'tags', separator: ',' }],
  [/^(tier|level|member tier|會員等級|会员等级|等級|等级)$/i, { target: 'tier' }],
  [/^(points|point balance|balance|點數|点数|積分|积分|紅利|红利)$/i, { target: 'points', reason: 'Opening balance' }],
];

/** An attribute name for a header: its text without dots (paths) and surrounding spaces. */
function attributeKeyFor(column: string): string {
  return column.trim().replace(/\./g, '_').slice(0, 100);
}

/** One target per header: known names as their field (each field once), the rest as text attributes. */
export function suggestMapping(header: readonly string[]): Record<string, ColumnTarget> {
  const columns: Record<string, ColumnTarget> = {};
  const taken = new Set<string>();
  for (const column of header) {
    const match = known.find(([pattern]) => pattern.test(column.trim()))?.[1];
    const key =
      match === undefined ? undefined : match.target === 'attribute' ? `attribute:${match.key}` : match.target;
    if (match !== undefined && key !== undefined && !taken.has(key)) {
      columns[column] = match;
      taken.add(key);
    } else if (attributeKeyFor(column) === '' || taken.has(`attribute:${attributeKeyFor(column)}`)) {
      columns[column] = { target: 'ignore' };
    } else {
      columns[column] = { target: 'attribute', key: attributeKeyFor(column), type: 'text' };
      taken.add(`attribute:${attributeKeyFor(column)}`);
    }
  }
  return columns;
}
