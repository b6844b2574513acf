import { defineMessages, type LocalizedText } from './i18n';

/** The domain's refusals, by their stable reason code, in words for the person who asked. */
export const reasonMessages: Readonly<Record<string, LocalizedText>> = defineMessages({
  invalid_credentials: {
    en: 'That email and password do not match an account. Check both and try again.',
    'zh-TW': '電子郵件與密碼不符合任何帳號。請確認兩者後再試一次。',
    'zh-CN': '电子邮件与密码不匹配任何账号。请确认后再试一次。',
  },
  rate_limited: {
    en: 'Too many tries. Wait 15 minutes, then try again.',
    'zh-TW': '嘗試次數過多。請等 15 分鐘後再試。',
    'zh-CN': '尝试次数过多。请等 15 分钟后再试。',
  },
  test_send_rate_limited: {
    en: 'You can send 10 tests a minute. Wait a moment, then try again.',
    'zh-TW': '每分鐘最多傳送 10 則測試。請稍候再試。',
    'zh-CN': '每分钟最多发送 10 条测试。请稍候再试。',
  },
  worker_unreachable: {
    en: 'The sending service cannot be reached right now. Try again in a moment.',
    'zh-TW': '目前無法連線到傳送服務。請稍候再試。',
    'zh-CN': '目前无法连接到发送服务。请稍候再试。',
  },
  no_workspace: {
    en: 'Your account is not in any workspace. Ask an admin to invite you again.',
    'zh-TW': '您的帳號不屬於任何工作區。請管理員重新邀請您。',
    'zh-CN': '您的账号不属于任何工作区。请管理员重新邀请您。',
  },
  sign_up_closed: {
    en: 'This Wayfarer already has an owner. Ask a workspace admin for an invitation.',
    'zh-TW': '此 Wayfarer 已有擁有者。請向工作區管理員索取邀請。',
    'zh-CN': '此 Wayfarer 已有所有者。请向工作区管理员索取邀请。',
  },
  email_taken: {
    en: 'This email already has an account. Sign in with it instead.',
    'zh-TW': '此電子郵件已有帳號，請直接登入。',
    'zh-CN': '此电子邮件已有账号，请直接登录。',
  },
  weak_password: {
    en: 'Use at least 10 characters for your password.',
    'zh-TW': '密碼至少需要 10 個字元。',
    'zh-CN': '密码至少需要 10 个字符。',
  },
  invitation_invalid: {
    en: 'This invitation link is invalid, used or expired. Ask for a new one.',
    'zh-TW': '此邀請連結無效、已使用或已過期。請索取新的連結。',
    'zh-CN': '此邀请链接无效、已使用或已过期。请索取新的链接。',
  },
  invitation_needs_password: {
    en: 'You already have an account: enter its password to join.',
    'zh-TW': '您已有帳號：請輸入該帳號的密碼以加入。',
    'zh-CN': '您已有账号：请输入该账号的密码以加入。',
  },
  member_not_found: {
    en: 'That person is no longer a member of this workspace.',
    'zh-TW': '此人已不是本工作區的成員。',
    'zh-CN': '此人已不是本工作区的成员。',
  },
  owner_protected: {
    en: 'Only an owner can make someone an owner, or change or remove an owner.',
    'zh-TW': '只有擁有者可以指派擁有者，或變更、移除擁有者。',
    'zh-CN': '只有所有者可以指派所有者，或更改、移除所有者。',
  },
  last_owner: {
    en: 'A workspace needs an owner: make someone else owner first.',
    'zh-TW': '工作區必須有擁有者：請先指派其他人為擁有者。',
    'zh-CN': '工作区必须有所有者：请先指派其他人为所有者。',
  },
  approval_required: {
    en: 'A publisher must approve this version before it can be published.',
    'zh-TW': '此版本須經發布者核准才能發布。',
    'zh-CN': '此版本须经发布者批准才能发布。',
  },
  approval_not_requested: {
    en: 'Nobody asked for approval of this version yet.',
    'zh-TW': '尚未有人為此版本申請核准。',
    'zh-CN': '尚未有人为此版本申请批准。',
  },
  not_signed_in: {
    en: 'You are signed out. Sign in again to continue.',
    'zh-TW': '您已登出，請重新登入以繼續。',
    'zh-CN': '您已退出登录，请重新登录以继续。',
  },
  not_found: {
    en: 'It is not there any more: someone may have deleted or archived it.',
    'zh-TW': '找不到此項目：可能已被刪除或封存。',
    'zh-CN': '找不到此项目：可能已被删除或归档。',
  },
  draft_conflict: {
    en: 'Someone else saved changes in the meantime. Reload to see them.',
    'zh-TW': '其他人在此期間儲存了變更，請重新載入查看。',
    'zh-CN': '其他人在此期间保存了更改，请重新加载查看。',
  },
  invalid_state: {
    en: 'That cannot be done now: the journey is not in the right state (for example, not published yet).',
    'zh-TW': '目前無法執行：旅程狀態不符（例如尚未發布）。',
    'zh-CN': '目前无法执行：旅程状态不符（例如尚未发布）。',
  },
  template_not_found: {
    en: 'That template is no longer available.',
    'zh-TW': '此範本已無法使用。',
    'zh-CN': '此模板已无法使用。',
  },
  invalid_journey: {
    en: 'The journey has problems to fix before it can be published.',
    'zh-TW': '旅程有待修正的問題，修正後才能發布。',
    'zh-CN': '旅程有待修正的问题，修正后才能发布。',
  },
  invalid_customer: {
    en: 'That customer cannot be used for a test run. Choose another, or make one up.',
    'zh-TW': '無法以此顧客進行模擬。請選擇其他顧客，或使用虛構顧客。',
    'zh-CN': '无法以此客户进行模拟。请选择其他客户，或使用虚构客户。',
  },
  no_trigger: {
    en: 'Add a trigger first: a test run starts where customers enter.',
    'zh-TW': '請先加入觸發條件：模擬會從顧客進入旅程處開始。',
    'zh-CN': '请先加入触发条件：模拟会从客户进入旅程处开始。',
  },
  no_date: {
    en: 'This customer has no date for the journey’s date trigger, so it would never start for them. Pick another customer, or give the made-up one that date.',
    'zh-TW': '此顧客沒有旅程日期觸發所需的日期，因此永遠不會進入旅程。請改選其他顧客，或為虛構顧客填入該日期。',
    'zh-CN': '此客户没有旅程日期触发所需的日期，因此永远不会进入旅程。请改选其他客户，或为虚构客户填入该日期。',
  },
  simulator_unavailable: {
    en: 'Test runs are not available on this server right now. Try again in a minute.',
    'zh-TW': '此伺服器目前無法進行模擬，請稍後再試。',
    'zh-CN': '此服务器目前无法进行模拟，请稍后再试。',
  },
});

/** When there is no reason: what the tRPC code means to the person who asked. */
export const codeMessages: Readonly<Record<string, LocalizedText>> = defineMessages({
  BAD_REQUEST: {
    en: 'Some of the information is not valid. Check the fields and try again.',
    'zh-TW': '部分資料不正確，請檢查欄位後再試。',
    'zh-CN': '部分信息不正确，请检查字段后再试。',
  },
  UNAUTHORIZED: {
    en: 'You are signed out. Sign in again to continue.',
    'zh-TW': '您已登出，請重新登入以繼續。',
    'zh-CN': '您已退出登录，请重新登录以继续。',
  },
  FORBIDDEN: {
    en: 'Your role does not allow this. Ask a workspace admin.',
    'zh-TW': '您的角色無法執行此操作，請洽工作區管理員。',
    'zh-CN': '您的角色无法执行此操作，请联系工作区管理员。',
  },
  NOT_FOUND: {
    en: 'It is not there any more: someone may have deleted or archived it.',
    'zh-TW': '找不到此項目：可能已被刪除或封存。',
    'zh-CN': '找不到此项目：可能已被删除或归档。',
  },
  CONFLICT: {
    en: 'That is already taken or was changed by someone else. Reload and try again.',
    'zh-TW': '此項目已被使用或已被他人變更。請重新載入後再試。',
    'zh-CN': '此项目已被使用或已被他人更改。请重新加载后再试。',
  },
  PRECONDITION_FAILED: {
    en: 'That cannot be done right now.',
    'zh-TW': '目前無法執行此操作。',
    'zh-CN': '目前无法执行此操作。',
  },
  TOO_MANY_REQUESTS: {
    en: 'Too many tries. Wait a moment, then try again.',
    'zh-TW': '嘗試次數過多，請稍候再試。',
    'zh-CN': '尝试次数过多，请稍候再试。',
  },
  PAYLOAD_TOO_LARGE: {
    en: 'That is too large to save.',
    'zh-TW': '內容過大，無法儲存。',
    'zh-CN': '内容过大，无法保存。',
  },
  INTERNAL_SERVER_ERROR: {
    en: 'Something went wrong on our side. Try again; if it keeps happening, tell your admin.',
    'zh-TW': '系統發生錯誤，請再試一次；若持續發生，請告知管理員。',
    'zh-CN': '系统发生错误，请再试一次；若持续发生，请告知管理员。',
  },
  network: {
    en: 'Cannot reach Wayfarer. Check your connection and try again.',
    'zh-TW': '無法連線到 Wayfarer，請檢查網路連線後再試。',
    'zh-CN': '无法连接到 Wayfarer，请检查网络连接后再试。',
  },
});
