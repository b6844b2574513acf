import { defineMessages } from '../app/i18n';

export const templateMessages = defineMessages({
  title: { en: 'Templates', 'zh-TW': '旅程範本', 'zh-CN': '旅程模板' },
  subtitle: {
    en: 'Proven social-CRM playbooks, ready to adapt. Pick one, make it yours, publish.',
    'zh-TW': '經過驗證的社群 CRM 行銷劇本，直接套用。選一個、調整成您的版本、發布。',
    'zh-CN': '经过验证的社群 CRM 营销剧本，直接套用。选一个、调整成您的版本、发布。',
  },
  backToJourneys: { en: 'All journeys', 'zh-TW': '所有旅程', 'zh-CN': '所有旅程' },
  tagsLabel: { en: 'Goals', 'zh-TW': '目標', 'zh-CN': '目标' },
  allTags: { en: 'All', 'zh-TW': '全部', 'zh-CN': '全部' },
  filterLabel: { en: 'Filter templates by goal', 'zh-TW': '依目標篩選範本', 'zh-CN': '按目标筛选模板' },
  useTemplate: { en: 'Use template', 'zh-TW': '使用範本', 'zh-CN': '使用模板' },
  creating: { en: 'Creating…', 'zh-TW': '建立中…', 'zh-CN': '创建中…' },
  stepsUsed: { en: 'Steps used', 'zh-TW': '使用的步驟', 'zh-CN': '使用的步骤' },
  stepCount: { en: '{count} steps', 'zh-TW': '{count} 個步驟', 'zh-CN': '{count} 个步骤' },
  previewLabel: { en: 'Journey outline of {name}', 'zh-TW': '「{name}」的旅程概覽', 'zh-CN': '“{name}”的旅程概览' },
  loading: { en: 'Loading templates…', 'zh-TW': '正在載入範本…', 'zh-CN': '正在加载模板…' },
  loadFailed: { en: 'Couldn’t load the templates.', 'zh-TW': '無法載入範本。', 'zh-CN': '无法加载模板。' },
  retry: { en: 'Try again', 'zh-TW': '重試', 'zh-CN': '重试' },
  createFailed: {
    en: 'Couldn’t create the journey: {message}',
    'zh-TW': '無法建立旅程：{message}',
    'zh-CN': '无法创建旅程：{message}',
  },
  blankTitle: { en: 'Start from scratch', 'zh-TW': '從空白開始', 'zh-CN': '从空白开始' },
  blankBody: {
    en: 'Have something else in mind? Draw your own journey on a blank canvas.',
    'zh-TW': '有其他想法？在空白畫布上設計您自己的旅程。',
    'zh-CN': '有其他想法？在空白画布上设计您自己的旅程。',
  },
  blankAction: { en: 'Blank journey', 'zh-TW': '建立空白旅程', 'zh-CN': '创建空白旅程' },
});
