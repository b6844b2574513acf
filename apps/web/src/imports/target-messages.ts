import { defineMessages, type LocalizedText } from '../app/i18n';
import type { ChoiceKind } from './column-choice';

/** What a column can become, as the mapping step's menu names it. */
export const choiceLabels: Readonly<Record<ChoiceKind, LocalizedText>> = {
  ignore: { en: 'Skip this column', 'zh-TW': '略過此欄', 'zh-CN': '跳过此列' },
  externalId: { en: 'Member ID (external ID)', 'zh-TW': '會員編號（外部 ID）', 'zh-CN': '会员编号（外部 ID）' },
  email: { en: 'Email address', 'zh-TW': 'Email 地址', 'zh-CN': 'Email 地址' },
  phone: { en: 'Mobile phone', 'zh-TW': '手機號碼', 'zh-CN': '手机号码' },
  lineUserId: { en: 'LINE user ID', 'zh-TW': 'LINE 使用者 ID', 'zh-CN': 'LINE 用户 ID' },
  attribute: { en: 'Attribute', 'zh-TW': '屬性', 'zh-CN': '属性' },
  birthday: { en: 'Birthday', 'zh-TW': '生日', 'zh-CN': '生日' },
  tags: { en: 'Tags', 'zh-TW': '標籤', 'zh-CN': '标签' },
  consent: { en: 'Consent to messages', 'zh-TW': '訊息接收同意', 'zh-CN': '消息接收同意' },
  consentTime: { en: 'When consent was given', 'zh-TW': '同意時間', 'zh-CN': '同意时间' },
  tier: { en: 'Membership tier', 'zh-TW': '會員等級', 'zh-CN': '会员等级' },
  points: { en: 'Opening points balance', 'zh-TW': '期初點數', 'zh-CN': '期初积分' },
};

export const choiceGroups = defineMessages({
  identity: { en: 'Who the customer is', 'zh-TW': '顧客身分', 'zh-CN': '客户身份' },
  profile: { en: 'Profile', 'zh-TW': '顧客資料', 'zh-CN': '客户资料' },
  loyalty: { en: 'Consent and loyalty', 'zh-TW': '同意與會員', 'zh-CN': '同意与会员' },
});

export const attributeTypeLabels = defineMessages({
  text: { en: 'Text', 'zh-TW': '文字', 'zh-CN': '文本' },
  number: { en: 'Number', 'zh-TW': '數字', 'zh-CN': '数字' },
  date: { en: 'Date', 'zh-TW': '日期', 'zh-CN': '日期' },
  boolean: { en: 'Yes / no', 'zh-TW': '是／否', 'zh-CN': '是／否' },
});

export const dateOrderLabels = defineMessages({
  ymd: { en: 'Year first (1990/05/04)', 'zh-TW': '年在前（1990/05/04）', 'zh-CN': '年在前（1990/05/04）' },
  roc: { en: 'ROC year (79/05/04)', 'zh-TW': '民國年（79/05/04）', 'zh-CN': '民国年（79/05/04）' },
  dmy: { en: 'Day first (04/05/1990)', 'zh-TW': '日在前（04/05/1990）', 'zh-CN': '日在前（04/05/1990）' },
  mdy: { en: 'Month first (05/04/1990)', 'zh-TW': '月在前（05/04/1990）', 'zh-CN': '月在前（05/04/1990）' },
});

export const targetFieldMessages = defineMessages({
  attributeName: { en: 'Attribute name', 'zh-TW': '屬性名稱', 'zh-CN': '属性名称' },
  attributeType: { en: 'Type', 'zh-TW': '類型', 'zh-CN': '类型' },
  separator: { en: 'Tags separated by', 'zh-TW': '標籤分隔符號', 'zh-CN': '标签分隔符' },
  channel: { en: 'Channel', 'zh-TW': '管道', 'zh-CN': '渠道' },
  source: { en: 'Where consent was given', 'zh-TW': '同意來源', 'zh-CN': '同意来源' },
  reason: { en: 'Reason in the points history', 'zh-TW': '點數紀錄中的原因', 'zh-CN': '积分记录中的原因' },
  attributeNameMissing: { en: 'Give the attribute a name.', 'zh-TW': '請為屬性命名。', 'zh-CN': '请为属性命名。' },
  attributeNameDot: {
    en: 'An attribute name cannot contain “.”.',
    'zh-TW': '屬性名稱不能包含「.」。',
    'zh-CN': '属性名称不能包含“.”。',
  },
  sameField: {
    en: '“{other}” already fills this field. Skip one of them.',
    'zh-TW': '「{other}」已對應到此欄位，請略過其中一欄。',
    'zh-CN': '“{other}”已对应到此字段，请跳过其中一列。',
  },
});
