import { z } from 'zod';
import { defineKind, skip } from './defineKind.ts';
import { loadTicketView, type TicketView } from '../../escalation/ticketView.ts';
import { renderTicket, staffWords } from '../../escalation/renderTicket.ts';

interface View {
  ticket: TicketView;
  heading?: string;
}

/**
 * A ticket in the staff group, with claim / resolve buttons: when it opens
 * (queued with the ticket), and again while nobody has claimed it
 * (scheduleEscalationReannouncements). A re-announcement replies to the
 * previous one so the ticket surfaces at the bottom of the chat.
 */
export const escalationAnnounce = defineKind({
  audience: 'staff',
  payload: z.object({
    escalationId: z.number().int().positive(),
    reannounce: z.boolean().optional(),
    urgent: z.boolean().optional(),
  }),
  async load({ db, payload, now }) {
    const ticket = await loadTicketView(db, payload.escalationId);
    if (!ticket || ticket.status === 'resolved') {
      return skip('escalation_gone', `escalation ${payload.escalationId} is ${ticket ? 'resolved' : 'deleted'}`);
    }
    if (payload.reannounce && ticket.status !== 'open') return skip('escalation_claimed', `escalation ${payload.escalationId} was claimed`);
    const w = staffWords();
    const waited = Math.max(0, Math.round((now.getTime() - ticket.openedAt.getTime()) / 60_000));
    const heading = payload.urgent ? w.urgent : payload.reannounce ? w.reannounced(waited) : undefined;
    return { send: { ticket, heading } satisfies View };
  },
  render(v: View) {
    const m = renderTicket(v.ticket, { heading: v.heading });
    // Threaded under the previous announcement, if any.
    return v.ticket.groupMessageId !== null ? { ...m, replyToMessageId: v.ticket.groupMessageId } : m;
  },
  async delivered({ db, payload, chatId, messageId, now }) {
    // Staff answer by replying to this message; the re-announcement period restarts.
    await db.query('UPDATE escalations SET group_chat_id = $2, group_message_id = $3, last_announced_at = $4 WHERE id = $1', [
      payload.escalationId,
      chatId,
      messageId,
      now,
    ]);
    await db.query(
      `INSERT INTO ticket_messages (chat_id, message_id, escalation_id, role, created_at)
       SELECT $1, $2, id, $4, $5 FROM escalations WHERE id = $3
       ON CONFLICT (chat_id, message_id) DO NOTHING`,
      [chatId, messageId, payload.escalationId, payload.reannounce ? 'reannounce' : 'announce', now],
    );
  },
});
