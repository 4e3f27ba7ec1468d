/**
 * Words of the staff console in the browser (src/console) and of the bot's
 * /console command. Figures and names come in as parameters; the operators'
 * own refusals (rows, conflicts) are worded in operators.ts.
 */
export const staffConsole = {
  title: '爱邻护幼 · 工作台',
  nav: { today: '今日场次', timetables: '时间表', points: '服务点', tickets: '工单', reports: '报表' },
  signOut: '退出',
  language: 'English',
  signedInAs: (name: string, role: string) => `${name}（${role}）`,
  roles: { admin: '管理员', point_staff: '服务点工作人员' } as Record<string, string>,
  allMyPoints: '我负责的全部服务点',
  allPoints: '全部服务点',
  show: '查看',
  save: '保存',
  remove: '删除',
  add: '添加',
  date: '日期',
  point: '服务点',
  reason: '原因',
  none: '无',

  // Sign-in.
  signInTitle: '登录工作台',
  signInHow: '在工作人员群或与小助手的私聊中发送 /console，小助手会私信你一个一次性登录链接（10分钟内有效）。',
  signInConfirm: '点击下面的按钮登录工作台。此链接只能使用一次。',
  signInButton: '登录',
  signInInvalid: '此登录链接已过期或已被使用。请向小助手发送 /console 获取新的链接。',
  signedOut: '你已退出工作台。',
  sessionEnded: '登录已过期或你已不再是工作人员，请重新获取登录链接。',
  rateLimited: '尝试次数太多，请稍后再试。',

  // Errors.
  forbidden: '你没有权限查看或操作这个内容（只能操作你负责的服务点）。',
  adminOnly: '只有管理员可以进行此操作。',
  notFound: '没有找到这个内容。',
  csrf: '表单已过期，请刷新页面后重试。',
  generic: '出了点问题，请稍后再试。',
  badInput: (field: string) => `输入有误：${field}`,

  // Today.
  todayTitle: (date: string) => `场次 · ${date}`,
  noSessions: '这一天没有场次。',
  sessionHead: (p: { time: string; service: string; booked: number; capacity: number; waiting: number }) =>
    `${p.time} ${p.service} · 已约 ${p.booked}/${p.capacity}${p.waiting ? ` · 候补 ${p.waiting}` : ''}`,
  sessionClosed: (reason: string) => `已关闭：${reason}`,
  colRef: '预约号',
  colChild: '孩子',
  colAge: '月龄',
  colStatus: '状态',
  colActions: '操作',
  ageMonths: (n: number) => `${n}个月`,
  bookingStatus: { held: '保留中', confirmed: '已确认', attended: '已到', no_show: '未到', cancelled: '已取消', expired: '已过期' } as Record<string, string>,
  markAttended: '到了',
  markNoShow: '未到',
  notStartedYet: '场次开始后才能点名',
  noBookings: '暂无预约',
  closeSession: '关闭此场次',
  closeReasonPlaceholder: '关闭原因（会告知家长），如：老师生病',
  closeConfirm: '关闭后会取消全部预约和候补，并通知每个家庭（附近的替代场次）。确定吗？',
  marked: (ref: string, status: string) => `已将 ${ref} 记为「${status}」。`,
  pausedNotice: (until: string) => `该家庭未到次数已达上限，预约暂停至 ${until}，家长已收到通知。`,
  closedResult: (p: { sessionId: number; bookings: number; waitlist: number }) =>
    `场次 #${p.sessionId} 已关闭：取消 ${p.bookings} 个预约、${p.waitlist} 个候补，每个家庭都会收到通知和替代场次。`,
  alreadyClosed: (sessionId: number) => `场次 #${sessionId} 之前已经关闭。`,

  // Timetables.
  timetablesTitle: (point: string) => `时间表 · ${point}`,
  weeklyTitle: '每周安排',
  weeklyHint: '修改后会立即生成未来几周的场次。已有预约的场次不会被悄悄删除：容量低于已约人数会被拒绝并列出数字；改动时间的已约场次会通过关闭流程通知家庭。',
  colWeekdays: '星期',
  colStart: '开始',
  colEnd: '结束',
  colKind: '类型',
  colClass: '课程',
  colCapacity: '名额',
  colMinAge: '最小月龄',
  colMaxAge: '最大月龄',
  colOpensDays: '提前几天开放预约',
  colValidFrom: '生效日期',
  colValidUntil: '截止日期',
  weekdaysHint: '如 sat,sun 或 6,7',
  addWeekly: '添加每周安排',
  lastWeeklyRow: '这是该服务点最后一条每周安排，不能在这里删除（可停用服务点，或用 timetable:import）。',
  rowChanged: '这条安排已被其他人修改，请刷新后再改。',
  timetableSaved: (p: {
    added: number;
    changed: number;
    removed: number;
    created: number;
    updated: number;
    deleted: number;
    closed: number;
    bookings: number;
    offered: number;
  }) =>
    `已保存：新增 ${p.added} 条、修改 ${p.changed} 条、删除 ${p.removed} 条安排；场次新增 ${p.created}、更新 ${p.updated}、删除 ${p.deleted}、关闭 ${p.closed}（取消 ${p.bookings} 个预约，家庭已获通知）；向候补家庭提供了 ${p.offered} 个名额。`,
  exceptionsTitle: '特殊日期',
  closedDays: '停开日',
  extraSessions: '加开场次',
  scopeCity: '全市',
  closeDayTitle: '停开一天（如台风）',
  closeDayButton: '停开这一天',
  closeDayConfirm: '这一天该服务点的全部场次会关闭，每个家庭都会收到通知和替代场次。确定吗？',
  closeDayResult: (p: { scope: string; date: string; sessions: number; bookings: number; waitlist: number }) =>
    `${p.scope} ${p.date} 已停开：关闭 ${p.sessions} 个场次，取消 ${p.bookings} 个预约、${p.waitlist} 个候补，家庭已获通知。`,
  extraTitle: '加开一个场次',
  extraButton: '加开',
  extraResult: (p: { point: string; date: string; start: string; end: string; sessionId: number | null }) =>
    `已加开 ${p.point} ${p.date} ${p.start}–${p.end}${p.sessionId ? `（场次 #${p.sessionId}，家长现在即可预约）` : '（超出已生成的周数，稍后自动生成）'}。`,
  kinds: { half_day: '半日托', temporary_care: '临时托', trial_class: '体验课' } as Record<string, string>,
  classes: { '': '—', picture_books: '绘本阅读', gross_motor: '大运动', music_social: '音乐社交', sensory_integration: '感统' } as Record<string, string>,

  // Points.
  pointsTitle: '服务点',
  colCode: '编码',
  colName: '名称',
  colDistrict: '区',
  colType: '类型',
  colAges: '月龄',
  colPhone: '电话',
  colActive: '状态',
  active: '开放',
  inactive: '已停用',
  pointTypes: { institution_embedded: '机构嵌入型', community_shared: '社区共享型' } as Record<string, string>,
  importTitle: '导入服务点文件（CSV 或 JSON）',
  importHint: '每一行先全部校验：有任何一行有问题，会列出每个问题的行号和字段，什么都不写入。格式见 README「For operators」。',
  importFile: '选择文件',
  importText: '或粘贴文件内容',
  dryRun: '只检查，不写入',
  importButton: '导入',
  importEmpty: '请选择文件或粘贴内容。',

  // Tickets.
  ticketsTitle: '工单',
  ticketStatus: { open: '待接手', claimed: '处理中', resolved: '已解决' } as Record<string, string>,
  ticketReason: { medical: '健康/医疗', complaint: '投诉', human_requested: '要求人工', unanswered: '未能回答', other: '其他' } as Record<string, string>,
  noTickets: '没有这类工单。',
  ticketHead: (id: number) => `工单 #${id}`,
  colOpened: '提出时间',
  colQuestion: '问题',
  colClaimedBy: '接手人',
  claim: '接手',
  resolve: '标记已解决',
  replyLabel: '回复家长（会以你的名义发到家长的私聊，工作人员群的工单同步更新）',
  replyButton: '发送回复',
  authors: { parent: '家长', staff: '工作人员', bot: '小助手' } as Record<string, string>,
  claimed: (id: number) => `已接手工单 #${id}，家长已收到通知。`,
  replied: (id: number) => `回复已发送给工单 #${id} 的家长。`,
  resolved: (id: number) => `工单 #${id} 已标记为已解决，家长已收到通知。`,
  alreadyResolved: '这个工单已经解决了。',
  undeliverable: '家长无法接收消息（可能已屏蔽小助手），回复没有送达。',
  noTelegram: '这里没有连接 Telegram，无法通知家长；请在工作人员群处理这个工单。',
  replyEmpty: '回复内容不能为空。',

  // Reports.
  reportsTitle: '报表',
  from: '从',
  to: '到',
  heatTitle: '利用率热力图：服务点 × 星期 × 上午/下午（已约/名额）',
  heatHint: '颜色越深越满；空白表示没有场次。',
  morning: '上',
  afternoon: '下',
  unmetTitle: '未满足的需求：搜索没有找到空位（按区和时段）',
  unmetHint: '只记录区、日期、时段、服务类型和月龄段，不记录任何个人信息。',
  trendTitle: '每周趋势：未到和迟取消',
  noShows: '未到',
  lateCancellations: '迟取消',
  unmetSearches: '无空位的搜索',
  morningLabel: '上午',
  afternoonLabel: '下午',
  anyLabel: '不限时段',
  totals: (p: { sessions: number; capacity: number; booked: number; attended: number; noShows: number; late: number; unmet: number }) =>
    `${p.sessions} 个场次 · 名额 ${p.capacity} · 已约 ${p.booked} · 已到 ${p.attended} · 未到 ${p.noShows} · 迟取消 ${p.late} · 无空位搜索 ${p.unmet}`,
  csvTitle: '下载 CSV',
  csvPoints: '服务点 × 星期 × 时段',
  csvWeekly: '每周趋势',
  csvUnmet: '未满足的需求',
  noData: '这段时间没有数据。',

  // The bot's /console command.
  bot: {
    link: (url: string, minutes: number) => `工作台登录链接（${minutes}分钟内有效，只能使用一次，请勿转发）：\n${url}`,
    sentPrivately: '登录链接已私信发给你。',
    openPrivateChat: '请先打开与我的私聊并点“开始”，然后在私聊里发送 /console（登录链接不会发在群里）。',
    notConfigured: '工作台还没有配置（CONSOLE_SESSION_SECRET / CONSOLE_BASE_URL），请联系管理员。',
  },
};
