import { z } from 'zod';
import { defineKind, skip } from './defineKind.ts';
import { staffWords, ticketTag } from '../../escalation/renderTicket.ts';
import { e } from './parts/render.ts';

/** What the core stores on a ticket for a shared location (the position itself is not kept). */
const LOCATION_PLACEHOLDER = '[location]';
const MAX_CHARS = 3000;

interface View {
  escalationId: number;
  text: string;
  urgent: boolean;
  replyTo: number | null;
}

/**
 * A parent's message on a ticket, posted in the staff group as a reply to the
 * ticket's announcement: while staff hold the ticket, when the parent adds to
 * it, and marked urgent for a medical red flag. The words are read from the
 * ticket's messages when sent, so a family that deleted its data meanwhile
 * is not quoted.
 */
export const escalationFollowUp = defineKind({
  audience: 'staff',
  payload: z.object({
    escalationId: z.number().int().positive(),
    /** The escalation_messages row holding the parent's words. */
    messageId: z.number().int().positive(),
    urgent: z.boolean().optional(),
  }),
  async load({ db, payload }) {
    const r = await db.query(
      `SELECT m.text, e.status, e.group_chat_id, e.group_message_id FROM escalation_messages m
         JOIN escalations e ON e.id = m.escalation_id WHERE m.id = $1 AND m.escalation_id = $2`,
      [payload.messageId, payload.escalationId],
    );
    const m = r.rows[0];
    if (!m) return skip('message_gone', `message ${payload.messageId} of escalation ${payload.escalationId} no longer exists`);
    if (m.status === 'resolved' && !payload.urgent) return skip('escalation_gone', `escalation ${payload.escalationId} is resolved`);
    return {
      send: {
        escalationId: payload.escalationId,
        text: m.text,
        urgent: payload.urgent === true,
        replyTo: m.group_message_id === null ? null : Number(m.group_message_id),
      } satisfies View,
    };
  },
  render(v: View) {
    const w = staffWords();
    const body = v.text === LOCATION_PLACEHOLDER ? w.sharedLocation : v.text.length > MAX_CHARS ? `${v.text.slice(0, MAX_CHARS)}…` : v.text;
    const marker = v.urgent ? `<b>${e(w.urgent)}</b>\n` : '';
    return {
      text: `${marker}<b>${ticketTag(v.escalationId)}</b> ${e(w.parentSays)}:\n${e(body)}`,
      ...(v.replyTo !== null ? { replyToMessageId: v.replyTo } : {}),
    };
  },
  async delivered({ db, payload, chatId, messageId, now }) {
    await db.query(
      `INSERT INTO ticket_messages (chat_id, message_id, escalation_id, role, created_at)
       SELECT $1, $2, id, 'follow_up', $4 FROM escalations WHERE id = $3
       ON CONFLICT (chat_id, message_id) DO NOTHING`,
      [chatId, messageId, payload.escalationId, now],
    );
  },
});
