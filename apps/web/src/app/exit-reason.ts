import { defineMessages, format, type Locale } from './i18n';

const m = defineMessages({
  exitEvent: {
    en: 'Left on the exit event “{event}”',
    'zh-TW': '因退出事件「{event}」離開',
    'zh-CN': '因退出事件“{event}”离开',
  },
  leftSegment: { en: 'Left the segment that kept them in', 'zh-TW': '離開了分群而退出', 'zh-CN': '离开了分群而退出' },
  stepFailed: {
    en: 'The step “{step}” could not be done, so they left the journey',
    'zh-TW': '步驟「{step}」無法完成，因此離開旅程',
    'zh-CN': '步骤“{step}”无法完成，因此离开旅程',
  },
  pathEnded: {
    en: 'Reached the end of the path after “{step}”',
    'zh-TW': '在「{step}」之後走完此路徑',
    'zh-CN': '在“{step}”之后走完此路径',
  },
  removed: {
    en: 'Removed from the journey by a marketer',
    'zh-TW': '由行銷人員移出旅程',
    'zh-CN': '由营销人员移出旅程',
  },
  erased: { en: 'Their personal data was erased', 'zh-TW': '其個人資料已被清除', 'zh-CN': '其个人资料已被清除' },
  horizon: {
    en: 'The test run ended (the days to simulate were over)',
    'zh-TW': '模擬結束（模擬天數已到）',
    'zh-CN': '模拟结束（模拟天数已到）',
  },
  requested: { en: 'Asked to leave the journey', 'zh-TW': '被要求離開旅程', 'zh-CN': '被要求离开旅程' },
  other: { en: 'Left the journey ({reason})', 'zh-TW': '離開旅程（{reason}）', 'zh-CN': '离开旅程（{reason}）' },
});

/**
 * Why an enrollment exited, in words (the workflow records a code: `exit_event:<event>`,
 * `step_failed:<step id>`, `path_ended:<step id>:<exit>`, `removed_by_marketer`, …). `stepName`
 * names a step by its id.
 */
export function exitReasonText(reason: string, stepName: (stepId: string) => string, locale: Locale): string {
  const [kind, ...rest] = reason.split(':');
  const detail = rest.join(':');
  switch (kind) {
    case 'exit_event':
      return detail === 'segment_exited' ? m.leftSegment[locale] : format(m.exitEvent[locale], { event: detail });
    case 'step_failed':
      return format(m.stepFailed[locale], { step: stepName(detail) });
    case 'path_ended':
      return format(m.pathEnded[locale], { step: stepName(rest[0] ?? '') });
    case 'removed_by_marketer':
      return m.removed[locale];
    case 'erased':
      return m.erased[locale];
    case 'simulation_horizon':
      return m.horizon[locale];
    case 'exit_requested':
      return m.requested[locale];
    default:
      return format(m.other[locale], { reason });
  }
}
