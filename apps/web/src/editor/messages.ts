import { defineMessages } from '../app/i18n';

/** Every string the editor shows, in every UI language. */
export const editorMessages = defineMessages({
  loading: { en: 'Opening journey…', 'zh-TW': '正在開啟旅程…', 'zh-CN': '正在打开旅程…' },
  loadFailed: {
    en: 'This journey could not be opened: {message}',
    'zh-TW': '無法開啟此旅程：{message}',
    'zh-CN': '无法打开此旅程：{message}',
  },
  backToJourneys: { en: 'Back to journeys', 'zh-TW': '返回旅程列表', 'zh-CN': '返回旅程列表' },
  journeyName: { en: 'Journey name', 'zh-TW': '旅程名稱', 'zh-CN': '旅程名称' },
  // Palette
  palette: { en: 'Steps', 'zh-TW': '步驟', 'zh-CN': '步骤' },
  paletteSearch: { en: 'Search steps', 'zh-TW': '搜尋步驟', 'zh-CN': '搜索步骤' },
  paletteHint: {
    en: 'Drag onto the canvas, or press Enter to add after the selected step.',
    'zh-TW': '拖曳到畫布上，或按 Enter 加在選取的步驟之後。',
    'zh-CN': '拖动到画布上，或按 Enter 添加到选中步骤之后。',
  },
  paletteEmpty: {
    en: 'No step matches “{query}”.',
    'zh-TW': '沒有符合「{query}」的步驟。',
    'zh-CN': '没有符合“{query}”的步骤。',
  },
  categoryTriggers: { en: 'Triggers', 'zh-TW': '觸發條件', 'zh-CN': '触发条件' },
  categoryActions: { en: 'Actions', 'zh-TW': '動作', 'zh-CN': '动作' },
  categoryFlow: { en: 'Flow', 'zh-TW': '流程控制', 'zh-CN': '流程控制' },
  categoryRewards: { en: 'Rewards', 'zh-TW': '獎勵', 'zh-CN': '奖励' },
  categoryCustom: { en: 'Custom', 'zh-TW': '自訂', 'zh-CN': '自定义' },
  // Canvas
  insertStep: { en: 'Insert a step here', 'zh-TW': '在此插入步驟', 'zh-CN': '在此插入步骤' },
  needsSetup: { en: 'Finish setting up this step', 'zh-TW': '請完成此步驟的設定', 'zh-CN': '请完成此步骤的设置' },
  unknownType: { en: 'Unknown step type {type}', 'zh-TW': '未知的步驟類型 {type}', 'zh-CN': '未知的步骤类型 {type}' },
  problemCount: { en: '{count} problem(s)', 'zh-TW': '{count} 個問題', 'zh-CN': '{count} 个问题' },
  unknownPort: { en: 'This path no longer exists', 'zh-TW': '此路徑已不存在', 'zh-CN': '此路径已不存在' },
  emptyCanvas: {
    en: 'Start with a trigger: drag one from the left, or select it and press Enter.',
    'zh-TW': '從觸發條件開始：從左側拖曳一個，或選取後按 Enter。',
    'zh-CN': '从触发条件开始：从左侧拖动一个，或选中后按 Enter。',
  },
  // Toolbar
  paletteCollapse: { en: 'Narrow the step list', 'zh-TW': '收合步驟清單', 'zh-CN': '收起步骤列表' },
  paletteExpand: { en: 'Widen the step list', 'zh-TW': '展開步驟清單', 'zh-CN': '展开步骤列表' },
  undo: { en: 'Undo', 'zh-TW': '復原', 'zh-CN': '撤销' },
  redo: { en: 'Redo', 'zh-TW': '重做', 'zh-CN': '重做' },
  autoLayout: { en: 'Tidy up', 'zh-TW': '自動排列', 'zh-CN': '自动排列' },
  fitView: { en: 'Fit to screen', 'zh-TW': '符合畫面', 'zh-CN': '适应画面' },
  publish: { en: 'Publish', 'zh-TW': '發布', 'zh-CN': '发布' },
  pause: { en: 'Pause', 'zh-TW': '暫停', 'zh-CN': '暂停' },
  resume: { en: 'Resume', 'zh-TW': '繼續', 'zh-CN': '继续' },
  versions: { en: 'Versions', 'zh-TW': '版本', 'zh-CN': '版本' },
  problemsButton: { en: '{count} to fix', 'zh-TW': '{count} 項待修正', 'zh-CN': '{count} 项待修正' },
  noProblems: { en: 'Ready to publish', 'zh-TW': '可以發布', 'zh-CN': '可以发布' },
  statusDraft: { en: 'Draft', 'zh-TW': '草稿', 'zh-CN': '草稿' },
  statusLive: { en: 'Live', 'zh-TW': '進行中', 'zh-CN': '进行中' },
  statusPaused: { en: 'Paused', 'zh-TW': '已暫停', 'zh-CN': '已暂停' },
  unpublishedChanges: { en: 'Unpublished changes', 'zh-TW': '有未發布的變更', 'zh-CN': '有未发布的更改' },
  unpublishedHint: {
    en: 'Customers still follow the published version. Publish to put these edits live.',
    'zh-TW': '顧客仍依已發布的版本進行。發布後這些修改才會生效。',
    'zh-CN': '客户仍按已发布的版本进行。发布后这些修改才会生效。',
  },
  statusArchived: { en: 'Archived', 'zh-TW': '已封存', 'zh-CN': '已归档' },
  saveSaved: { en: 'All changes saved', 'zh-TW': '已儲存所有變更', 'zh-CN': '已保存所有更改' },
  saveSaving: { en: 'Saving…', 'zh-TW': '儲存中…', 'zh-CN': '保存中…' },
  saveDirty: { en: 'Unsaved changes', 'zh-TW': '有未儲存的變更', 'zh-CN': '有未保存的更改' },
  saveConflict: {
    en: 'Not saved: changed elsewhere',
    'zh-TW': '未儲存：已在別處修改',
    'zh-CN': '未保存：已在别处修改',
  },
  saveError: { en: 'Not saved — retrying', 'zh-TW': '未儲存，重試中', 'zh-CN': '未保存，重试中' },
  statusChangeFailed: {
    en: 'Could not change the status: {message}',
    'zh-TW': '無法變更狀態：{message}',
    'zh-CN': '无法更改状态：{message}',
  },
  // Conflict
  conflictTitle: {
    en: 'This journey was changed in another tab or by a teammate.',
    'zh-TW': '此旅程已在其他分頁或由同事修改。',
    'zh-CN': '此旅程已在其他标签页或由同事修改。',
  },
  conflictHelp: {
    en: 'Your edits are kept here but not saved. Load the newer version (your edits are discarded) or overwrite it with yours.',
    'zh-TW': '您的編輯保留在此，但尚未儲存。載入較新的版本（捨棄您的編輯），或以您的版本覆寫。',
    'zh-CN': '您的编辑保留在此，但尚未保存。加载较新的版本（放弃您的编辑），或用您的版本覆盖。',
  },
  conflictReload: { en: 'Load newer version', 'zh-TW': '載入較新版本', 'zh-CN': '加载较新版本' },
  conflictOverwrite: { en: 'Overwrite with mine', 'zh-TW': '以我的版本覆寫', 'zh-CN': '用我的版本覆盖' },
  // Read-only
  readonlyTitle: {
    en: 'Version {number} · published {date} · read-only',
    'zh-TW': '第 {number} 版 · 發布於 {date} · 唯讀',
    'zh-CN': '第 {number} 版 · 发布于 {date} · 只读',
  },
  backToDraft: { en: 'Back to the draft', 'zh-TW': '返回草稿', 'zh-CN': '返回草稿' },
  restoreVersion: { en: 'Restore as draft', 'zh-TW': '還原為草稿', 'zh-CN': '还原为草稿' },
  restoreConfirm: {
    en: 'Replace the current draft with version {number}? Unpublished changes in the draft are lost.',
    'zh-TW': '要以第 {number} 版取代目前的草稿嗎？草稿中未發布的變更將會遺失。',
    'zh-CN': '要用第 {number} 版替换当前草稿吗？草稿中未发布的更改将会丢失。',
  },
  restoreFailed: { en: 'Could not restore: {message}', 'zh-TW': '無法還原：{message}', 'zh-CN': '无法还原：{message}' },
  // Versions
  versionsEmpty: { en: 'Not published yet.', 'zh-TW': '尚未發布。', 'zh-CN': '尚未发布。' },
  versionItem: { en: 'Version {number}', 'zh-TW': '第 {number} 版', 'zh-CN': '第 {number} 版' },
  versionLive: { en: 'live', 'zh-TW': '上線中', 'zh-CN': '上线中' },
  currentDraft: { en: 'Current draft', 'zh-TW': '目前草稿', 'zh-CN': '当前草稿' },
  // Publish
  publishTitle: { en: 'Publish this journey', 'zh-TW': '發布此旅程', 'zh-CN': '发布此旅程' },
  publishChecking: { en: 'Saving and checking…', 'zh-TW': '儲存並檢查中…', 'zh-CN': '保存并检查中…' },
  publishBlocked: {
    en: 'Fix these problems before publishing:',
    'zh-TW': '發布前請修正以下問題：',
    'zh-CN': '发布前请修正以下问题：',
  },
  publishFirst: {
    en: 'First version: customers who meet the trigger start entering it.',
    'zh-TW': '第一個版本：符合觸發條件的顧客將開始進入旅程。',
    'zh-CN': '第一个版本：符合触发条件的顾客将开始进入旅程。',
  },
  publishNext: {
    en: 'New entrants get this version; customers already inside finish the version they started.',
    'zh-TW': '新進入的顧客使用此版本；已在旅程中的顧客會走完原本的版本。',
    'zh-CN': '新进入的顾客使用此版本；已在旅程中的顾客会走完原来的版本。',
  },
  publishUnchanged: {
    en: 'Nothing changed since the live version.',
    'zh-TW': '自上線版本以來沒有變更。',
    'zh-CN': '自上线版本以来没有更改。',
  },
  changesAdded: { en: 'Added', 'zh-TW': '新增', 'zh-CN': '新增' },
  changesRemoved: { en: 'Removed', 'zh-TW': '移除', 'zh-CN': '移除' },
  changesChanged: { en: 'Changed', 'zh-TW': '修改', 'zh-CN': '修改' },
  changesEdges: {
    en: 'Paths: {added} added, {removed} removed, {rewired} rewired',
    'zh-TW': '路徑：新增 {added}、移除 {removed}、改接 {rewired}',
    'zh-CN': '路径：新增 {added}、移除 {removed}、改接 {rewired}',
  },
  changesSettings: { en: 'Journey settings changed', 'zh-TW': '旅程設定已變更', 'zh-CN': '旅程设置已更改' },
  publishConfirm: { en: 'Publish now', 'zh-TW': '立即發布', 'zh-CN': '立即发布' },
  publishing: { en: 'Publishing…', 'zh-TW': '發布中…', 'zh-CN': '发布中…' },
  published: { en: 'Version {number} is live.', 'zh-TW': '第 {number} 版已上線。', 'zh-CN': '第 {number} 版已上线。' },
  publishUnsaved: {
    en: 'The draft could not be saved, so it cannot be published yet. Check your connection and try again.',
    'zh-TW': '草稿無法儲存，因此尚不能發布。請檢查網路連線後再試。',
    'zh-CN': '草稿无法保存，因此尚不能发布。请检查网络连接后再试。',
  },
  publishFailed: { en: 'Publishing failed: {message}', 'zh-TW': '發布失敗：{message}', 'zh-CN': '发布失败：{message}' },
  publishSaveFirst: {
    en: 'Resolve the save conflict first.',
    'zh-TW': '請先解決儲存衝突。',
    'zh-CN': '请先解决保存冲突。',
  },
  cancel: { en: 'Cancel', 'zh-TW': '取消', 'zh-CN': '取消' },
  close: { en: 'Close', 'zh-TW': '關閉', 'zh-CN': '关闭' },
  // Side panel
  stepName: { en: 'Name on the canvas', 'zh-TW': '畫布上顯示的名稱', 'zh-CN': '画布上显示的名称' },
  deleteStep: { en: 'Delete step', 'zh-TW': '刪除步驟', 'zh-CN': '删除步骤' },
  duplicate: { en: 'Duplicate', 'zh-TW': '複製一份', 'zh-CN': '复制一份' },
  deleteSelected: { en: 'Delete', 'zh-TW': '刪除', 'zh-CN': '删除' },
  manySelected: { en: '{count} steps selected', 'zh-TW': '已選取 {count} 個步驟', 'zh-CN': '已选中 {count} 个步骤' },
  shortcutsTitle: { en: 'Shortcuts', 'zh-TW': '快捷鍵', 'zh-CN': '快捷键' },
  shortcutsList: {
    en: 'Undo ⌘/Ctrl+Z · Redo ⌘/Ctrl+Shift+Z · Copy/Paste/Duplicate ⌘/Ctrl+C/V/D · Delete ⌫',
    'zh-TW': '復原 ⌘/Ctrl+Z · 重做 ⌘/Ctrl+Shift+Z · 複製/貼上/再製 ⌘/Ctrl+C/V/D · 刪除 ⌫',
    'zh-CN': '撤销 ⌘/Ctrl+Z · 重做 ⌘/Ctrl+Shift+Z · 复制/粘贴/再制 ⌘/Ctrl+C/V/D · 删除 ⌫',
  },
  leaveUnsaved: { en: 'You have unsaved changes.', 'zh-TW': '您有未儲存的變更。', 'zh-CN': '您有未保存的更改。' },
});

export type EditorMessage = keyof typeof editorMessages;
