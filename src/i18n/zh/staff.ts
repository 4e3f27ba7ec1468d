/**
 * Words shown to staff: ticket messages, the staff commands and the morning
 * summary. The staff group reads Chinese, with English after it so visiting
 * volunteers can act too (the English catalogue's staff area is English only).
 */
export const staff = {
  /** The command menu Telegram shows in the staff group (setMyCommands). */
  commands: {
    today: '今天的名单 Today’s roster',
    roster: '某天名单 Roster: /roster 2026-12-05',
    attend: '签到 Attended: /attend REF',
    noshow: '未到 No-show: /noshow REF',
    close: '关闭场次 Close: /close <id> <reason>',
    tickets: '未解决工单 Open tickets',
    week: '本周汇总 This week’s summary',
    extra: '加开场次 Extra session: /extra POINT DATE HH:MM-HH:MM KIND CAPACITY',
    closeday: '停开一天 Close a day: /closeday POINT DATE REASON',
    console: '工作台登录链接 Console sign-in link',
  },
  claim: '🙋 认领 Claim',
  resolve: '✅ 已解决 Resolve',
  reason: {
    medical: '⚠️ 健康/医疗 medical',
    complaint: '投诉 complaint',
    human_requested: '要求人工 asked for a person',
    unanswered: '未能回答 unanswered',
    other: '其他 other',
  },
  status: {
    open: '🟡 待认领 open',
    claimed: '🟢 处理中 claimed',
    resolved: '⚪ 已解决 resolved',
  },
  language: { zh: '中文', 'zh-Hant': '繁體中文', en: 'English' },
  age: (months: number) => (months < 24 ? `${months} 个月 months` : `${Math.floor(months / 12)} 岁 ${months % 12} 个月 (${months} months)`),
  replyHint: '回复本消息即可把文字发给家长 · Reply to this message to answer the parent.',
  reannounced: (minutes: number) => `⏰ 仍未认领，已等 ${minutes} 分钟 · Still unclaimed after ${minutes} min`,
  parentSays: '💬 家长 Parent',
  urgent: '🚨 紧急：可能的医疗危险信号，已让家长拨打120 · URGENT: possible medical red flag, parent told to call 120',
  claimedBy: (name: string) => `🙋 ${name} 已认领 claimed`,
  resolvedBy: (name: string) => `✅ ${name} 已解决 resolved`,
  undeliverable: '⚠️ 无法发送：家长已屏蔽机器人或删除了对话 · Not delivered: the parent blocked the bot.',
  alreadyResolved: '此工单已解决 · This ticket is already resolved.',
  notFound: '找不到工单 · Ticket not found.',
  notRoutable:
    '⚠️ 这条回复没有发给任何家长：请直接回复工单本身的消息（🎫 开头、带认领按钮的那条，或家长后续消息）。/tickets 会把每个未解决工单单独列出，回复其中一条即可。 · Not sent to any parent: reply to the ticket’s own message (the one starting with 🎫, or a follow-up from the parent). /tickets lists each open ticket as its own message you can reply to.',
  noTickets: '没有未解决的工单 · No open tickets.',
  ticketsTitle: (shown: number, total: number) =>
    shown < total
      ? `未解决的工单 ${total} 个，以下是最早的 ${shown} 个（处理后再发 /tickets 看其余的） · ${total} open tickets; the oldest ${shown} follow (send /tickets again for the rest).`
      : `未解决的工单 ${total} 个，逐条列在下面，回复某一条即可答复该家长 · ${total} open ticket(s), one message each below: reply to one to answer that parent.`,
  notStaff: '抱歉，仅限工作人员 · Sorry, staff only.',
  familyDeleted: '🎫 （家长已删除其数据 · the family deleted their data）',
  rosterEmpty: (date: string) => `${date} 没有场次 · No sessions on ${date}.`,
  rosterUsage: '用法 Usage: /roster 2026-12-05',
  rosterHead: (date: string, page: number, pages: number) => (pages > 1 ? `📋 ${date} 名单 Roster · 第 ${page}/${pages} 页 page` : `📋 ${date} 名单 Roster`),
  rosterMore: (page: number, pages: number) => `…还有 ${pages - page} 页，点下面的按钮查看 · ${pages - page} more page(s): tap the button below.`,
  rosterNext: (page: number, pages: number) => `下一页 Next ▶ ${page}/${pages}`,
  rosterPrev: '◀ 上一页 Previous',
  rosterQuiet: '无预约的场次 · Sessions with no bookings',
  rosterWaiting: (n: number) => `候补 ${n}`,
  rosterCancelled: (reason: string | null) => `已取消 cancelled${reason ? `（${reason}）` : ''}`,
  rosterContinued: '（续 cont.）',
  closeUsage: '用法 Usage: /close <场次编号 session id> <原因 reason>',
  attendUsage: '用法 Usage: /attend <预约号 ref> 或 /noshow <预约号 ref>',
  closed: (id: number, n: number) => `场次 #${id} 已关闭，已取消 ${n} 个预约并通知家长 · Session #${id} closed; ${n} booking(s) cancelled and families told.`,
  marked: (ref: string, outcome: 'attended' | 'no_show') => (outcome === 'attended' ? `${ref} ✅ 已到 attended` : `${ref} ❌ 未到 no-show`),
  attendedButton: '✅ 到',
  noShowButton: '❌ 未到',
  error: (message: string) => `⚠️ ${message}`,
  summaryTitle: (date: string) => `📋 ${date} 预约汇总`,
  summaryNone: '今天没有场次。',
  summaryCancelled: '已取消',
  summaryCounts: (confirmed: number, capacity: number, held: number, waiting: number) =>
    `已约 ${confirmed}/${capacity}${held ? `，保留中 ${held}` : ''}${waiting ? `，候补 ${waiting}` : ''}`,
  /** A location shared by the parent while staff hold the ticket (the exact position is not kept). */
  sharedLocation: '📍 家长发送了位置 · the parent shared a location',
};
