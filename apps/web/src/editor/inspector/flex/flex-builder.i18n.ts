import { defineMessages } from '../../../app/i18n';

// The send node's Flex builder: a layout filled from a form, written into the Flex field.
export const flexBuilderStrings = defineMessages({
  open: { en: 'Build from a layout', 'zh-TW': '從版型建立', 'zh-CN': '从版式创建' },
  layout: { en: 'Layout', 'zh-TW': '版型', 'zh-CN': '版式' },
  coupon: { en: 'Coupon card', 'zh-TW': '優惠券卡片', 'zh-CN': '优惠券卡片' },
  carousel: { en: 'Product carousel', 'zh-TW': '商品輪播', 'zh-CN': '商品轮播' },
  receipt: { en: 'Receipt', 'zh-TW': '收據', 'zh-CN': '收据' },
  title: { en: 'Title', 'zh-TW': '標題', 'zh-CN': '标题' },
  imageUrl: { en: 'Image URL (https)', 'zh-TW': '圖片網址（https）', 'zh-CN': '图片网址（https）' },
  description: { en: 'Description', 'zh-TW': '說明', 'zh-CN': '说明' },
  code: { en: 'Coupon code', 'zh-TW': '優惠碼', 'zh-CN': '优惠码' },
  validUntil: { en: 'Valid until', 'zh-TW': '有效期限', 'zh-CN': '有效期限' },
  buttonLabel: { en: 'Button label', 'zh-TW': '按鈕文字', 'zh-CN': '按钮文字' },
  buttonUrl: { en: 'Button link', 'zh-TW': '按鈕連結', 'zh-CN': '按钮链接' },
  price: { en: 'Price', 'zh-TW': '價格', 'zh-CN': '价格' },
  name: { en: 'Item', 'zh-TW': '品項', 'zh-CN': '品项' },
  totalLabel: { en: 'Total label', 'zh-TW': '合計文字', 'zh-CN': '合计文字' },
  total: { en: 'Total', 'zh-TW': '合計', 'zh-CN': '合计' },
  footer: { en: 'Note', 'zh-TW': '備註', 'zh-CN': '备注' },
  item: { en: 'Item {number}', 'zh-TW': '第 {number} 項', 'zh-CN': '第 {number} 项' },
  addItem: { en: 'Add an item', 'zh-TW': '新增一項', 'zh-CN': '添加一项' },
  removeItem: { en: 'Remove', 'zh-TW': '移除', 'zh-CN': '移除' },
  help: {
    en: 'Text fields may use variables such as {{ customer.name }}. Using the layout replaces the Flex JSON below.',
    'zh-TW': '文字欄位可使用變數，例如 {{ customer.name }}。套用版型會取代下方的 Flex JSON。',
    'zh-CN': '文字字段可使用变量，例如 {{ customer.name }}。套用版式会替换下方的 Flex JSON。',
  },
  apply: { en: 'Use this layout', 'zh-TW': '套用此版型', 'zh-CN': '套用此版式' },
  preview: { en: 'Preview', 'zh-TW': '預覽', 'zh-CN': '预览' },
  problems: {
    en: 'Fix these before using the layout: {fields}',
    'zh-TW': '套用前請修正：{fields}',
    'zh-CN': '套用前请修正：{fields}',
  },
  sender: { en: 'Your LINE account', 'zh-TW': '您的 LINE 帳號', 'zh-CN': '您的 LINE 账号' },
});
