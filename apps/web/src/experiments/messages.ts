import { defineMessages } from '../app/i18n';

/** Strings of the experiments report and the control group page. */
export const experimentMessages = defineMessages({
  title: { en: 'Experiments: {name}', 'zh-TW': '實驗：{name}', 'zh-CN': '实验：{name}' },
  subtitle: {
    en: 'A/B/n tests, holdout and what they changed.',
    'zh-TW': 'A/B/n 測試、保留對照組與成效差異。',
    'zh-CN': 'A/B/n 测试、保留对照组与成效差异。',
  },
  open: { en: 'Experiments', 'zh-TW': '實驗', 'zh-CN': '实验' },
  insights: { en: 'Insights', 'zh-TW': '成效分析', 'zh-CN': '成效分析' },
  openEditor: { en: 'Open in editor', 'zh-TW': '在編輯器中開啟', 'zh-CN': '在编辑器中打开' },
  controlGroup: { en: 'Control group', 'zh-TW': '全域對照組', 'zh-CN': '全局对照组' },
  loading: { en: 'Loading…', 'zh-TW': '載入中…', 'zh-CN': '加载中…' },
  allJourneys: { en: 'Journeys', 'zh-TW': '旅程', 'zh-CN': '旅程' },
  loadFailed: { en: 'Could not load: {message}', 'zh-TW': '無法載入：{message}', 'zh-CN': '无法加载：{message}' },
  none: {
    en: 'This journey has no experiment yet. Add an Experiment step, or other wordings to a Send message step.',
    'zh-TW': '此旅程尚無實驗。請加入「實驗」步驟，或在「發送訊息」步驟加入其他文案。',
    'zh-CN': '此旅程尚无实验。请加入“实验”步骤，或在“发送消息”步骤加入其他文案。',
  },
  variant: { en: 'Variant', 'zh-TW': '版本', 'zh-CN': '版本' },
  share: { en: 'Share', 'zh-TW': '分配比例', 'zh-CN': '分配比例' },
  entered: { en: 'Entered', 'zh-TW': '進入人數', 'zh-CN': '进入人数' },
  converted: { en: 'Converted', 'zh-TW': '轉換人數', 'zh-CN': '转化人数' },
  rate: { en: 'Rate (95% interval)', 'zh-TW': '轉換率（95% 區間）', 'zh-CN': '转化率（95% 区间）' },
  best: { en: 'Chance to be best', 'zh-TW': '勝出機率', 'zh-CN': '胜出概率' },
  lift: { en: 'Lift vs A (points)', 'zh-TW': '相較 A 的提升（百分點）', 'zh-CN': '相较 A 的提升（百分点）' },
  control: { en: 'control', 'zh-TW': '對照', 'zh-CN': '对照' },
  metricGoal: { en: 'Measured on the journey goal', 'zh-TW': '以旅程目標衡量', 'zh-CN': '以旅程目标衡量' },
  metricEvent: {
    en: 'Measured on {event} within {days} days',
    'zh-TW': '以 {days} 天內的 {event} 衡量',
    'zh-CN': '以 {days} 天内的 {event} 衡量',
  },
  metricOpened: {
    en: 'Measured on email opens within {days} days',
    'zh-TW': '以 {days} 天內的郵件開啟衡量',
    'zh-CN': '以 {days} 天内的邮件打开衡量',
  },
  metricClicked: {
    en: 'Measured on email clicks within {days} days',
    'zh-TW': '以 {days} 天內的郵件點擊衡量',
    'zh-CN': '以 {days} 天内的邮件点击衡量',
  },
  metricPostback: {
    en: 'Measured on LINE postbacks within {days} days',
    'zh-TW': '以 {days} 天內的 LINE Postback 衡量',
    'zh-CN': '以 {days} 天内的 LINE Postback 衡量',
  },
  noGoal: {
    en: 'The journey has no conversion goal: set one in its settings.',
    'zh-TW': '此旅程尚未設定轉換目標，請在設定中加入。',
    'zh-CN': '此旅程尚未设置转化目标，请在设置中加入。',
  },
  auto: {
    en: 'Auto winner: on, after {min} customers per variant',
    'zh-TW': '自動選出勝出版本：開啟，每個版本至少 {min} 人後',
    'zh-CN': '自动选出胜出版本：开启，每个版本至少 {min} 人后',
  },
  manualOnly: { en: 'Auto winner: off', 'zh-TW': '自動選出勝出版本：關閉', 'zh-CN': '自动选出胜出版本：关闭' },
  winnerBySchedule: {
    en: '{label} won on {date}: it converts better than every other variant beyond its always-valid 95% interval. New customers now take {label}; customers already on a path stay on it.',
    'zh-TW':
      '{label} 於 {date} 勝出：其轉換率在隨時有效的 95% 區間外優於其他所有版本。新顧客現在都走 {label}，已在路徑上的顧客維持原路徑。',
    'zh-CN':
      '{label} 于 {date} 胜出：其转化率在随时有效的 95% 区间外优于其他所有版本。新客户现在都走 {label}，已在路径上的客户保持原路径。',
  },
  winnerByPerson: {
    en: '{label} was chosen as the winner on {date}. New customers now take {label}.',
    'zh-TW': '{label} 於 {date} 被選為勝出版本。新顧客現在都走 {label}。',
    'zh-CN': '{label} 于 {date} 被选为胜出版本。新客户现在都走 {label}。',
  },
  waitingSample: {
    en: 'Checked {date}: waiting until every variant has {min} customers.',
    'zh-TW': '{date} 檢查：等待每個版本達到 {min} 人。',
    'zh-CN': '{date} 检查：等待每个版本达到 {min} 人。',
  },
  waitingClear: {
    en: 'Checked {date}: no variant is better than all others yet.',
    'zh-TW': '{date} 檢查：尚無版本優於其他所有版本。',
    'zh-CN': '{date} 检查：尚无版本优于其他所有版本。',
  },
  notChecked: {
    en: 'Not checked yet: the winner is decided once a day.',
    'zh-TW': '尚未檢查：每天判定一次勝出版本。',
    'zh-CN': '尚未检查：每天判定一次胜出版本。',
  },
  winnerBadge: { en: 'Winner', 'zh-TW': '勝出', 'zh-CN': '胜出' },
  choose: { en: 'Make winner', 'zh-TW': '設為勝出', 'zh-CN': '设为胜出' },
  chooseFailed: { en: 'Could not choose: {message}', 'zh-TW': '無法設定：{message}', 'zh-CN': '无法设置：{message}' },
  chart: {
    en: 'Conversion rate over time (cumulative)',
    'zh-TW': '累計轉換率走勢',
    'zh-CN': '累计转化率走势',
  },
  noDays: { en: 'No customers yet.', 'zh-TW': '尚無顧客。', 'zh-CN': '尚无客户。' },
  holdout: { en: 'Holdout ({percent}%)', 'zh-TW': '保留對照組（{percent}%）', 'zh-CN': '保留对照组（{percent}%）' },
  treated: { en: 'Received the journey', 'zh-TW': '接受旅程', 'zh-CN': '接受旅程' },
  heldOut: { en: 'Held out', 'zh-TW': '保留組', 'zh-CN': '保留组' },
  controlGroupOff: {
    en: 'The control group is off: set a share of customers above to measure what marketing adds.',
    'zh-TW': '全域對照組未開啟：在上方設定顧客比例，即可衡量行銷帶來的成效。',
    'zh-CN': '全局对照组未开启：在上方设置客户比例，即可衡量营销带来的成效。',
  },
  liftNeedsCustomers: {
    en: 'Not enough customers to measure lift yet: both groups need customers ({first} and {second} so far).',
    'zh-TW': '顧客數尚不足以衡量成效：兩組都需要有顧客（目前為 {first} 與 {second} 位）。',
    'zh-CN': '客户数尚不足以衡量成效：两组都需要有客户（目前为 {first} 与 {second} 位）。',
  },
  liftLine: {
    en: 'Lift: {difference} points ({low} to {high}, always-valid 95% interval)',
    'zh-TW': '提升：{difference} 個百分點（{low} 至 {high}，隨時有效的 95% 區間）',
    'zh-CN': '提升：{difference} 个百分点（{low} 至 {high}，随时有效的 95% 区间）',
  },
  settingsTitle: { en: 'Control group', 'zh-TW': '全域對照組', 'zh-CN': '全局对照组' },
  settingsHelp: {
    en: 'A stable random share of customers gets no marketing: no journey messages or rewards (transactional journeys excepted) and no broadcasts. Comparing them with everyone else shows what marketing adds.',
    'zh-TW':
      '固定隨機的一部分顧客不接收任何行銷：不收旅程訊息與獎勵（交易型旅程除外），也不收群發。與其他顧客比較即可看出行銷帶來的成效。',
    'zh-CN':
      '固定随机的一部分客户不接收任何营销：不收旅程消息与奖励（交易型旅程除外），也不收群发。与其他客户比较即可看出营销带来的成效。',
  },
  percent: { en: 'Share of customers (%)', 'zh-TW': '顧客比例（%）', 'zh-CN': '客户比例（%）' },
  conversionEvent: { en: 'Conversion event', 'zh-TW': '轉換事件', 'zh-CN': '转化事件' },
  revenueProperty: { en: 'Revenue property', 'zh-TW': '營收屬性', 'zh-CN': '营收属性' },
  save: { en: 'Save', 'zh-TW': '儲存', 'zh-CN': '保存' },
  saved: { en: 'Saved.', 'zh-TW': '已儲存。', 'zh-CN': '已保存。' },
  saveFailed: { en: 'Could not save: {message}', 'zh-TW': '無法儲存：{message}', 'zh-CN': '无法保存：{message}' },
  reportTitle: { en: 'Lift of marketing, last 30 days', 'zh-TW': '近 30 天行銷成效', 'zh-CN': '近 30 天营销成效' },
  group: { en: 'Group', 'zh-TW': '群組', 'zh-CN': '群组' },
  customers: { en: 'Customers', 'zh-TW': '顧客數', 'zh-CN': '客户数' },
  conversion: { en: 'Conversion', 'zh-TW': '轉換率', 'zh-CN': '转化率' },
  revenuePerCustomer: { en: 'Revenue per customer', 'zh-TW': '每位顧客營收', 'zh-CN': '每位客户营收' },
  marketed: { en: 'Marketed', 'zh-TW': '接收行銷', 'zh-CN': '接收营销' },
  inControl: { en: 'Control group', 'zh-TW': '對照組', 'zh-CN': '对照组' },
  revenueLift: {
    en: 'Revenue lift per customer: {difference} ({low} to {high}, always-valid 95% interval)',
    'zh-TW': '每位顧客營收提升：{difference}（{low} 至 {high}，隨時有效的 95% 區間）',
    'zh-CN': '每位客户营收提升：{difference}（{low} 至 {high}，随时有效的 95% 区间）',
  },
});
