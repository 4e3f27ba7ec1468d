import type { Lang } from '../../src/domain/serviceKinds.ts';

/**
 * The transport's own words (greeting, consent, refusals, staff hand-over).
 * Everything about bookings and answers comes from the conversation core.
 * Values are plain text; the renderer escapes them.
 */
export const BOT_TEXTS = {
  greeting: {
    zh: (name: string) => `${name ? `${name}，` : ''}您好！我是“爱邻护幼”小助手，帮您查找和预约厦门社区免费周末托育，也能回答育儿和政策问题，需要时帮您联系工作人员。`,
    en: (name: string) => `Hello${name ? ` ${name}` : ''}! I help you find and book free weekend childcare at Xiamen's “爱邻护幼” community points, answer parenting and policy questions, and put you in touch with staff.`,
  },
  privacyLine: {
    zh: '隐私说明：我只保存预约所需的信息（您的称呼、孩子姓名和出生日期、预约记录和对话），不做他用，随时可用 /forget 删除。',
    en: 'Privacy: I keep only what bookings need (your name, your child’s name and birth date, bookings and our chat), use it for nothing else, and /forget deletes it any time.',
  },
  consentButton: { zh: '✅ 同意并继续', en: '✅ I agree, continue' },
  consentThanks: { zh: '谢谢！您可以直接打字告诉我需要什么，或点下面的按钮。', en: 'Thank you! Just type what you need, or tap a button below.' },
  alreadyConsented: { zh: '您可以直接打字告诉我需要什么，或点下面的按钮。', en: 'Just type what you need, or tap a button below.' },
  menu: {
    find: { zh: '🔍 找托育点', en: '🔍 Find a place' },
    myBookings: { zh: '📋 我的预约', en: '📋 My bookings' },
    children: { zh: '👶 我的孩子', en: '👶 My children' },
    location: { zh: '📍 附近的点', en: '📍 Near me' },
    staff: { zh: '👩‍🏫 联系工作人员', en: '👩‍🏫 Talk to staff' },
    otherLanguage: { zh: 'English', en: '中文' },
  },
  help: {
    zh: [
      '我可以帮您：',
      '• 找周末托育点并预约（例如“周六上午思明区有位置吗”）',
      '• 查看或取消预约：/mybookings',
      '• 登记孩子：/children',
      '• 发送位置，找最近的点',
      '• 育儿和政策问题，直接提问',
      '• 联系工作人员：/staff',
      '其他：/lang 切换语言，/privacy 隐私，/forget 删除我的数据',
    ].join('\n'),
    en: [
      'I can help you:',
      '• find and book a weekend place (e.g. “any places in Siming on Saturday morning?”)',
      '• see or cancel bookings: /mybookings',
      '• register your child: /children',
      '• share your location to find the nearest point',
      '• answer parenting and policy questions — just ask',
      '• reach a person: /staff',
      'Also: /lang language, /privacy privacy, /forget delete my data',
    ].join('\n'),
  },
  chooseLanguage: { zh: '请选择语言：', en: 'Choose a language:' },
  privacy: {
    zh: (days: number) =>
      `我们保存：您的 Telegram 编号和称呼、孩子姓名和出生日期（用于核对年龄）、预约和候补记录、与我的对话（${days} 天后自动删除）。这些信息只用于托育预约和回答您的问题，只有服务点工作人员能看到。发送 /forget 可删除您家的全部数据。`,
    en: (days: number) =>
      `We keep: your Telegram id and name, your child’s name and birth date (to check age limits), bookings and waitlist entries, and our chat (deleted after ${days} days). It is used only for childcare bookings and answering you, and only service point staff can see it. Send /forget to delete all of your family’s data.`,
  },
  forgetConfirm: {
    zh: '确定要删除您家的全部数据吗？未来的预约会先取消并释放名额，孩子信息、候补和对话记录都会删除，无法恢复。',
    en: 'Delete all of your family’s data? Future bookings are cancelled first (the places go to others), then children, waitlist entries and our chat are deleted. This cannot be undone.',
  },
  forgetYes: { zh: '🗑 确认删除', en: '🗑 Yes, delete' },
  forgetDone: {
    zh: (cancelled: number) => `已删除。${cancelled ? `已取消 ${cancelled} 个未来的预约。` : ''}如需再次使用，发送 /start 即可。`,
    en: (cancelled: number) => `Done — your data is deleted.${cancelled ? ` ${cancelled} future booking(s) were cancelled.` : ''} Send /start if you want to use the service again.`,
  },
  apology: '抱歉，出了点问题，请稍后再试。\nSorry, something went wrong — please try again in a moment.',
  rateLimited: {
    zh: '您发得有点快，请稍等一分钟再继续。',
    en: 'That was a lot of messages at once — please wait a minute and try again.',
  },
  rateLimitedShort: { zh: '请稍等一分钟', en: 'Please wait a minute' },
  notStaff: {
    zh: '抱歉，这个命令只供工作人员使用。',
    en: 'Sorry, this command is for staff only.',
  },
  groupUsePrivate: {
    zh: '请私聊我使用。',
    en: 'Please message me privately.',
  },
  unsupported: {
    zh: '抱歉，我只能看懂文字和位置。请用文字告诉我需要什么，或发送 /help。',
    en: 'Sorry, I can only read text and locations. Please type what you need, or send /help.',
  },
  edited: {
    zh: '我看不到修改后的消息，请重新发送一条新消息。',
    en: 'I can’t act on edited messages — please send it again as a new message.',
  },
  tooLong: {
    zh: '消息太长了，我只看了前面的部分。',
    en: 'That message was very long; I read only the first part.',
  },
  shareLocationButton: { zh: '📍 发送我的位置', en: '📍 Share my location' },
  shareLocationHint: { zh: '也可以点下面的按钮发送位置。', en: 'Or tap the button below to share your location.' },
  staffReply: { zh: '👩‍🏫 工作人员回复：', en: '👩‍🏫 Staff reply: ' },
  claimedNotice: {
    zh: '工作人员已接手您的问题，会在这里直接回复您。',
    en: 'A member of staff has taken your question and will reply here.',
  },
  resolvedNotice: {
    zh: '工作人员已处理完您的问题。之后的消息将由我（小助手）继续回答，需要时随时发送 /staff。',
    en: 'Staff have finished with your question. I (the assistant) will answer from now on; send /staff any time you need a person again.',
  },
  expired: {
    zh: '这个按钮已过期。',
    en: 'This button has expired.',
  },
} as const;

/** Picks one language's value. */
export function t<V>(entry: Record<Lang, V>, lang: Lang): V {
  return entry[lang];
}
