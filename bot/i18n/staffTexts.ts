import type { EscalationReason, EscalationStatus } from '../../src/escalation/EscalationService.ts';

/**
 * Words shown to staff in the staff group and in staff commands. Staff work
 * in Chinese; the English follows so visiting volunteers can act too.
 */
export const STAFF_TEXTS = {
  claim: '🙋 认领 Claim',
  resolve: '✅ 已解决 Resolve',
  reason: {
    medical: '⚠️ 健康/医疗 medical',
    complaint: '投诉 complaint',
    human_requested: '要求人工 asked for a person',
    unanswered: '未能回答 unanswered',
    other: '其他 other',
  } satisfies Record<EscalationReason, string>,
  status: {
    open: '🟡 待认领 open',
    claimed: '🟢 处理中 claimed',
    resolved: '⚪ 已解决 resolved',
  } satisfies Record<EscalationStatus, string>,
  language: { zh: '中文', 'zh-Hant': '繁體中文', en: 'English' },
  replyHint: '回复本消息即可把文字发给家长 · Reply to this message to answer the parent.',
  reannounced: '⏰ 仍未认领 Still unclaimed',
  parentSays: '💬 家长 Parent',
  urgent: '🚨 紧急：可能的医疗危险信号，已让家长拨打120 · URGENT: possible medical red flag, parent told to call 120',
  claimedBy: (name: string) => `🙋 ${name} 已认领 claimed`,
  resolvedBy: (name: string) => `✅ ${name} 已解决 resolved`,
  delivered: '✓ 已发送给家长 sent to the parent',
  undeliverable: '⚠️ 无法发送：家长已屏蔽机器人或删除了对话 · Not delivered: the parent blocked the bot.',
  alreadyResolved: '此工单已解决 · This ticket is already resolved.',
  notFound: '找不到工单 · Ticket not found.',
  noTickets: '没有未解决的工单 · No open tickets.',
  ticketsTitle: '未解决的工单 · Open tickets',
  notStaff: '抱歉，仅限工作人员 · Sorry, staff only.',
  rosterEmpty: (date: string) => `${date} 没有场次 · No sessions on ${date}.`,
  rosterUsage: '用法 Usage: /roster 2026-12-05',
  closeUsage: '用法 Usage: /close <场次编号 session id> <原因 reason>',
  attendUsage: '用法 Usage: /attend <预约号 ref> 或 /noshow <预约号 ref>',
  closed: (id: number, n: number) => `场次 #${id} 已关闭，已取消 ${n} 个预约并通知家长 · Session #${id} closed; ${n} booking(s) cancelled and families told.`,
  marked: (ref: string, outcome: 'attended' | 'no_show') =>
    outcome === 'attended' ? `${ref} ✅ 已到 attended` : `${ref} ❌ 未到 no-show`,
  familyDeleted: '（家长已删除其数据 · the family deleted their data）',
  error: (message: string) => `⚠️ ${message}`,
  attendedButton: '✅ 到',
  noShowButton: '❌ 未到',
};
