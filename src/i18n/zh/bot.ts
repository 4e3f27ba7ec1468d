/**
 * The Telegram transport's own words to parents (greeting, consent, commands,
 * notices, staff hand-over). Answers about bookings and questions come from
 * the conversation's areas. Plain text: the transport escapes it. The form of
 * address is 你, as in the conversation.
 */
export const bot = {
  greeting: (name: string) =>
    `${name ? `${name}，` : ''}你好！我是“爱邻护幼”社区托育助手，帮你查找和预约厦门社区免费周末托育，也能回答育儿和政策问题，需要时帮你联系工作人员。`,
  privacyLine: '隐私说明：我只保存预约所需的信息（你的称呼、孩子姓名和出生日期、预约记录和对话），不做他用，随时可用 /forget 删除。',
  consentButton: '✅ 同意并继续',
  alreadyConsented: '你可以直接打字告诉我需要什么，或点下面的按钮。',
  help: [
    '我可以帮你：',
    '• 找周末托育点并预约（例如“周六上午思明区有位置吗”）',
    '• 查看或取消预约：/mybookings',
    '• 登记孩子：/children',
    '• 发送位置，找最近的点',
    '• 育儿和政策问题，直接提问',
    '• 联系工作人员：/staff',
    '其他：/lang 切换语言，/privacy 隐私，/forget 删除我的数据',
  ].join('\n'),
  chooseLanguage: '请选择语言：',
  privacy: (days: number) =>
    `我们保存：你的 Telegram 编号和称呼、孩子姓名和出生日期（用于核对年龄）、预约和候补记录、与我的对话和转给工作人员的问题（${days} 天后自动删除）。你分享的位置只用来找附近的点，不会保存精确位置。这些信息只用于托育预约和回答你的问题，只有服务点工作人员能看到。发送 /forget 可删除你家的全部数据。`,
  forgetConfirm: '确定要删除你家的全部数据吗？未来的预约会先取消并释放名额，孩子信息、候补、对话记录和转给工作人员的问题都会删除，无法恢复。',
  forgetYes: '🗑 确认删除',
  forgetDone: (cancelled: number) => `已删除。${cancelled ? `已取消 ${cancelled} 个未来的预约。` : ''}如需再次使用，发送 /start 即可。`,
  /** Sent when the parent's language cannot be known (the error boundary): both languages. */
  apology: '抱歉，出了点问题，请稍后再试。\nSorry, something went wrong — please try again in a moment.',
  rateLimited: '你发得有点快，请稍等一分钟再继续。',
  rateLimitedShort: '请稍等一分钟',
  notStaff: '抱歉，这个命令只供工作人员使用。',
  groupUsePrivate: '请私聊我使用。',
  unsupported: '抱歉，我只能看懂文字、图片说明和位置。请用文字告诉我需要什么，或发送 /help。',
  unknownCommand: '没有这个命令。下面是我能做的：',
  edited: '我看不到修改后的消息，请重新发送一条新消息。',
  tooLong: '消息太长了，我只看了前面的部分。',
  shareLocationButton: '📍 发送我的位置',
  shareLocationHint: '也可以点下面的按钮发送位置。',
  sources: '来源：',
  staffReply: (name: string) => `👩‍🏫 ${name}（工作人员）：`,
  staffReplyNoName: '👩‍🏫 工作人员回复：',
  claimedNotice: (name: string) => `工作人员${name ? `${name}` : ''}已接手你的问题，会在这里直接回复你。之后你发的消息都会转给${name || '工作人员'}。`,
  /** The command menu Telegram shows parents (setMyCommands). */
  commands: {
    start: '开始 / 同意隐私说明',
    book: '找托育点并预约',
    mybookings: '我的预约（查看、取消）',
    children: '我的孩子',
    staff: '联系工作人员',
    lang: '切换语言 / Language',
    help: '我能做什么',
    privacy: '隐私说明',
    forget: '删除我家的数据',
  },
  resolvedNotice: '工作人员已处理完你的问题。之后的消息将由我（小助手）继续回答，需要时随时发送 /staff。',
};
