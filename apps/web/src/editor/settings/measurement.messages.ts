import { defineMessages } from '../../app/i18n';

/** Strings of the journey settings' measurement section (holdout, control group). */
export const measurementMessages = defineMessages({
  measurement: { en: 'Measure lift', 'zh-TW': '成效衡量', 'zh-CN': '成效衡量' },
  holdout: { en: 'Hold out', 'zh-TW': '保留對照組', 'zh-CN': '保留对照组' },
  holdoutPercent: { en: '% of entrants', 'zh-TW': '% 的進入者', 'zh-CN': '% 的进入者' },
  holdoutHelp: {
    en: 'They enter and are counted but get no messages and no rewards, so the journey’s lift can be measured.',
    'zh-TW': '他們會進入旅程並被計數，但不會收到訊息或獎勵，用來衡量旅程的成效提升。',
    'zh-CN': '他们会进入旅程并被计数，但不会收到消息或奖励，用来衡量旅程的成效提升。',
  },
  transactional: {
    en: 'Transactional: also message the workspace’s control group',
    'zh-TW': '交易型訊息：全域對照組也會收到',
    'zh-CN': '交易型消息：全局对照组也会收到',
  },
});
