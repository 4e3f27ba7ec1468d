import type { TurnInput, TurnOutput } from '../src/conversation/types.ts';
import type { BotContext } from './BotContext.ts';
import { hintLang } from './hintLang.ts';
import { sendTurnOutput } from './render/sendTurnOutput.ts';

export type ParentInput = Pick<TurnInput, 'text' | 'location' | 'button'>;

/** A quiet acknowledgement on the parent's own message while staff hold their ticket. */
const PASSED_ON_REACTION = '👀';

function displayName(from: { first_name: string; last_name?: string }): string {
  return [from.first_name, from.last_name].filter(Boolean).join(' ').slice(0, 60);
}

/**
 * One parent turn: the core decides, the transport renders. Staff see
 * tickets only through the outbox: the escalation service queues the
 * announcement (or a follow-up, marked urgent for a medical red flag) with
 * the ticket; here the parent's words are passed on when the core says they
 * were (a ticket staff hold, or words added to an open one).
 *
 * While staff hold the ticket the bot sends nothing at all: the parent was
 * told when staff took the question (and whose name to expect), and a note
 * after every message is noise. The message gets a 👀 reaction instead, so
 * the parent sees it arrived.
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

  if (out.escalationId !== undefined && (out.handledByStaff || out.escalated)) {
    try {
      await app.escalation.forwardLatestParentMessage(out.escalationId, { urgent: out.urgent === true });
    } catch (err) {
      // The parent has their answer; staff still see the words in the ticket's history.
      ctx.log.error({ escalationId: out.escalationId, err: (err as Error).message }, 'follow-up could not be queued for staff');
    }
  }
  if (out.handledByStaff) {
    if (ctx.message) {
      await ctx.api.setMessageReaction(ctx.chat!.id, ctx.message.message_id, [{ type: 'emoji', emoji: PASSED_ON_REACTION }]).catch(() => undefined);
    }
    return out;
  }
  await sendTurnOutput(ctx.api, ctx.chat!.id, out, ctx.log);
  return out;
}
