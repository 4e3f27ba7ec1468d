import type { TurnInput, TurnOutput } from '../src/conversation/types.ts';
import type { BotContext } from './BotContext.ts';
import { hintLang } from './hintLang.ts';
import { sendTurnOutput } from './render/sendTurnOutput.ts';
import { forwardToTicket } from './tickets/forwardToTicket.ts';
import { postTicket } from './tickets/postTicket.ts';
import { STAFF_TEXTS } from './i18n/staffTexts.ts';

export type ParentInput = Pick<TurnInput, 'text' | 'location' | 'button'>;

function displayName(from: { first_name: string; last_name?: string }): string {
  return [from.first_name, from.last_name].filter(Boolean).join(' ').slice(0, 60);
}

/** What staff see of a parent's follow-up. */
function followUpText(input: ParentInput): string | null {
  if (input.text) return input.text;
  if (input.location) return `📍 ${input.location.latitude.toFixed(5)}, ${input.location.longitude.toFixed(5)}`;
  return null;
}

/**
 * One parent turn: the core decides, the transport renders. When the core
 * escalates, the ticket goes to the staff group; while staff hold the
 * ticket, the parent's messages go to staff instead of being answered.
 */
export async function runParentTurn(ctx: BotContext, input: ParentInput): Promise<TurnOutput> {
  const { app } = ctx;
  const from = ctx.from!;
  const out = await app.core.handleTurn({
    userId: from.id,
    name: displayName(from),
    now: app.clock.now(),
    languageHint: hintLang(from.language_code),
    ...input,
  });
  ctx.log.debug({ lang: out.lang, escalated: out.escalated, handledByStaff: out.handledByStaff ?? false, tools: out.tools.map((t) => t.name) }, 'turn');

  if (out.handledByStaff) {
    // The core stored the message on the ticket and wrote a short hand-over
    // note (no answer of its own); staff see the message in the group.
    const e = out.escalationId ? await app.escalation.get(out.escalationId) : await app.escalation.activeForParent(from.id);
    const text = followUpText(input);
    if (e && e.status !== 'resolved' && text) {
      try {
        await forwardToTicket(app, ctx.api, e, text);
      } catch (err) {
        ctx.log.error({ escalationId: e.id, err: (err as Error).message }, 'follow-up could not be forwarded');
      }
    }
    await sendTurnOutput(ctx.api, ctx.chat!.id, out);
    return out;
  }

  await sendTurnOutput(ctx.api, ctx.chat!.id, out);

  if (out.escalated) {
    try {
      const e = out.escalationId ? await app.escalation.get(out.escalationId) : await app.escalation.activeForParent(from.id);
      if (e && e.status !== 'resolved') {
        const announced = e.groupMessageId !== null && e.groupChatId === app.config.telegram.staffGroupChatId;
        const text = followUpText(input);
        if (!announced) await postTicket(app, ctx.api, e, out.urgent ? STAFF_TEXTS.urgent : undefined);
        else if (text) await forwardToTicket(app, ctx.api, e, text, out.urgent);
      }
    } catch (err) {
      // The parent has their answer; staff will see the ticket on the next re-announcement.
      ctx.log.error({ escalationId: out.escalationId, err: (err as Error).message }, 'ticket could not be posted');
    }
  }
  return out;
}
