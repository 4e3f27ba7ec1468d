import type { staff as zh } from '../zh/staff.ts';

/** Words shown to staff, in English only (for an English-speaking staff group). */
export const staff: typeof zh = {
  claim: '🙋 Claim',
  resolve: '✅ Resolve',
  reason: {
    medical: '⚠️ medical',
    complaint: 'complaint',
    human_requested: 'asked for a person',
    unanswered: 'unanswered',
    other: 'other',
  },
  status: { open: '🟡 open', claimed: '🟢 claimed', resolved: '⚪ resolved' },
  language: { zh: 'Chinese', 'zh-Hant': 'Chinese (Traditional)', en: 'English' },
  age: (months: number) => (months < 24 ? `${months} months` : `${Math.floor(months / 12)} y ${months % 12} m (${months} months)`),
  replyHint: 'Reply to this message to answer the parent.',
  reannounced: (minutes: number) => `⏰ Still unclaimed after ${minutes} min`,
  parentSays: '💬 Parent',
  urgent: '🚨 URGENT: possible medical red flag, parent told to call 120',
  claimedBy: (name: string) => `🙋 claimed by ${name}`,
  resolvedBy: (name: string) => `✅ resolved by ${name}`,
  undeliverable: '⚠️ Not delivered: the parent blocked the bot.',
  alreadyResolved: 'This ticket is already resolved.',
  notFound: 'Ticket not found.',
  notRoutable:
    '⚠️ Not sent to any parent: reply to the ticket’s own message (the one starting with 🎫, or a follow-up from the parent). /tickets lists each open ticket as its own message you can reply to.',
  noTickets: 'No open tickets.',
  ticketsTitle: (shown: number, total: number) =>
    shown < total
      ? `${total} open tickets; the oldest ${shown} follow (send /tickets again for the rest).`
      : `${total} open ticket(s), one message each below: reply to one to answer that parent.`,
  notStaff: 'Sorry, staff only.',
  familyDeleted: '🎫 (the family deleted their data)',
  rosterEmpty: (date: string) => `No sessions on ${date}.`,
  rosterUsage: 'Usage: /roster 2026-12-05',
  rosterHead: (date: string, page: number, pages: number) => (pages > 1 ? `📋 ${date} roster · page ${page}/${pages}` : `📋 ${date} roster`),
  rosterMore: (page: number, pages: number) => `${pages - page} more page(s): tap the button below.`,
  rosterNext: (page: number, pages: number) => `Next ▶ ${page}/${pages}`,
  rosterPrev: '◀ Previous',
  rosterQuiet: 'Sessions with no bookings',
  rosterWaiting: (n: number) => `waiting ${n}`,
  rosterCancelled: (reason: string | null) => `cancelled${reason ? ` (${reason})` : ''}`,
  rosterContinued: '(cont.)',
  closeUsage: 'Usage: /close <session id> <reason>',
  attendUsage: 'Usage: /attend <ref> or /noshow <ref>',
  closed: (id: number, n: number) => `Session #${id} closed; ${n} booking(s) cancelled and families told.`,
  marked: (ref: string, outcome: 'attended' | 'no_show') => (outcome === 'attended' ? `${ref} ✅ attended` : `${ref} ❌ no-show`),
  attendedButton: '✅ came',
  noShowButton: '❌ no-show',
  error: (message: string) => `⚠️ ${message}`,
  summaryTitle: (date: string) => `📋 Bookings for ${date}`,
  summaryNone: 'No sessions today.',
  summaryCancelled: 'cancelled',
  summaryCounts: (confirmed: number, capacity: number, held: number, waiting: number) =>
    `booked ${confirmed}/${capacity}${held ? `, held ${held}` : ''}${waiting ? `, waiting ${waiting}` : ''}`,
  sharedLocation: '📍 the parent shared a location',
};
