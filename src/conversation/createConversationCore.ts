import type { District } from '../domain/xiamenPlaces.ts';
import type { Logger } from 'pino';
import type { BookingService } from '../booking/BookingService.ts';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase.ts';
import type { EscalationService } from '../escalation/EscalationService.ts';
import type { PointDirectory } from '../points/PointDirectory.ts';
import type { BookingRules } from '../config/config.ts';
import { inLocale, languageOf, type Lang, type Locale } from '../i18n/languages.ts';
import { words } from '../i18n/catalogue.ts';
import { understand } from '../nlu/understand.ts';
import { requestFamily } from '../nlu/splitRequests.ts';
import { pointShortNames } from '../nlu/findPointName.ts';
import { detectLanguage } from '../nlu/detectLanguage.ts';
import { detectInjection } from '../safety/detectInjection.ts';
import { describeError } from '../errors/describeError.ts';
import type { ButtonCodec } from './buttonCodec.ts';
import type { ConversationMemory } from './ConversationMemory.ts';
import type { DialogueState } from './DialogueState.ts';
import type { ToolContext } from './tools/defineTool.ts';
import type { ConversationCore, TurnInput, TurnOutput } from './types.ts';
import type { AgentReply, AgentTurn } from './dialogue/AgentTypes.ts';
import { Reply } from './dialogue/Reply.ts';
import { respond } from './dialogue/respond.ts';
import { addMainMenu } from './dialogue/menu.ts';
import { triageTurn } from './dialogue/triageTurn.ts';
import { staffOffNow } from './format/staffBack.ts';
import { addsDetail, servedWithTicketOpen } from './dialogue/escalate.ts';
import { stripControlCharacters } from '../text/controlCharacters.ts';

/** A brain that can answer a text turn; the offline brain is used when it fails. */
export interface LanguageModelBrain {
  respond(turn: AgentTurn, history: Array<{ role: string; text: string }>): Promise<AgentReply>;
}

export interface ConversationCoreDeps {
  booking: BookingService;
  knowledge: KnowledgeBase;
  escalation: EscalationService;
  points: PointDirectory;
  rules: BookingRules;
  memory: ConversationMemory;
  codec: ButtonCodec;
  timeZone: string;
  llm?: LanguageModelBrain;
  logger?: Logger;
  /** Queues "booking is open now" for a parent (src/notifications/remindWhenBookingOpens.ts). */
  remindWhenBookingOpens?: (args: { parentId: number; sessionId: number; opensAt: Date; locale: Locale }) => Promise<boolean>;
  /** Queues "booking is open now" for a day beyond the published sessions (src/notifications/remindWhenBookingOpens.ts). */
  remindWhenDayOpens?: (args: {
    parentId: number;
    date: string;
    district?: District;
    partOfDay?: 'morning' | 'afternoon';
    opensAt: Date;
    locale: Locale;
  }) => Promise<boolean>;
}

const MAX_TEXT = 2000;

function cleanText(text: string | undefined): string {
  if (!text) return '';
  return stripControlCharacters(text, { keepLineBreaks: true }).slice(0, MAX_TEXT).trim();
}

/** Two answers to one message, one after the other (buttons, tools and citations of both; the later state). */
function mergeReplies(first: AgentReply, then: AgentReply): AgentReply {
  return {
    ...then,
    reply: [first.reply, then.reply].filter(Boolean).join('\n\n'),
    buttons: [...first.buttons, ...then.buttons],
    tools: [...first.tools, ...then.tools],
    citations: [...first.citations, ...then.citations],
    escalated: first.escalated || then.escalated,
    escalationId: first.escalationId ?? then.escalationId,
    venue: then.venue ?? first.venue,
    urgent: first.urgent || then.urgent,
  };
}

/** The answer as the parent reads it: in their language and, for Traditional writers, their script. */
function toOutput(locale: Locale, r: AgentReply): TurnOutput {
  const finalLocale: Locale = r.lang ? r.lang : locale;
  const show = (s: string) => inLocale(finalLocale, s);
  return {
    lang: languageOf(finalLocale),
    locale: finalLocale,
    reply: show(r.reply),
    buttons: r.buttons.map((row) => row.map((b) => ({ ...b, text: show(b.text) }))),
    tools: r.tools,
    citations: r.citations,
    escalated: r.escalated,
    escalationId: r.escalationId,
    venue: r.venue ? { ...r.venue, title: show(r.venue.title), address: show(r.venue.address) } : undefined,
    requestLocation: r.requestLocation,
    urgent: r.urgent,
  };
}

/**
 * The one conversation core: a parent's turn in, the bot's answer out.
 * Transports (Telegram, the JSON-lines CLI, the terminal chat) only adapt.
 * Order of concerns, the same in every state: medical red flags first; a
 * ticket staff are holding; refused manipulation; then a brain.
 */
export function createConversationCore(deps: ConversationCoreDeps): ConversationCore {
  // The points' short names, for recognising a named point; points change rarely (imports), so a minute's cache.
  let pointNames: { at: number; names: Array<{ code: string; names: string[] }> } | undefined;
  async function knownPoints(now: Date): Promise<Array<{ code: string; names: string[] }>> {
    if (pointNames && Math.abs(now.getTime() - pointNames.at) < 60_000) return pointNames.names;
    const points = await deps.points.findPoints({ limit: 100 }).catch(() => []);
    pointNames = { at: now.getTime(), names: points.map((p) => ({ code: p.code, names: pointShortNames(p) })) };
    return pointNames.names;
  }

  return {
    async handleTurn(input: TurnInput): Promise<TurnOutput> {
      try {
        return await turn(input);
      } catch (err) {
        // Before a brain runs (the parent, the memory, the ticket): still an answer, in words, never internals.
        deps.logger?.error({ err }, 'turn failed before the brain');
        const locale: Locale = input.languageHint ?? 'zh';
        const message = describeError(err, languageOf(locale)).message;
        return { lang: languageOf(locale), locale, reply: inLocale(locale, message), buttons: [], tools: [], citations: [], escalated: false };
      }
    },
  };

  async function turn(input: TurnInput): Promise<TurnOutput> {
    const text = cleanText(input.text);
    const parent = await deps.booking.ensureParent({ parentId: input.userId, displayName: input.name });
    const memory = await deps.memory.load(input.userId);
    // What the conversation has been in; a first "hi" with no history is taken at face value.
    const spokenLocale: Locale | undefined = memory.locale ?? input.languageHint;
    const previousLocale: Locale = spokenLocale ?? (parent.language as Locale) ?? 'zh';
    const childNames = text ? (await deps.booking.listChildren(input.userId).catch(() => [])).map((c) => c.name) : [];
    const state: DialogueState = memory.state;

    const understanding = text
      ? understand(text, {
          now: input.now,
          timeZone: deps.timeZone,
          previousLang: spokenLocale ? languageOf(spokenLocale) : undefined,
          previousLocale: spokenLocale,
          childNames,
          points: await knownPoints(input.now),
          searching: state.pending?.type === 'search' || state.lastSearch !== undefined,
          previousIntent: state.lastIntent,
          expecting: state.pending?.type === 'register' ? 'child_details' : state.pending?.type === 'choose_child' ? 'choice' : undefined,
        })
      : undefined;
    if (understanding?.slots.bookingRef) {
      // A reference code is letters, not English: judge the language without it.
      const rest = text.replace(new RegExp(understanding.slots.bookingRef, 'i'), ' ');
      understanding.lang = detectLanguage(rest, spokenLocale ? languageOf(spokenLocale) : languageOf(previousLocale));
      if (understanding.lang === 'zh' && understanding.locale === 'en') understanding.locale = previousLocale === 'zh-Hant' ? 'zh-Hant' : 'zh';
      if (understanding.lang === 'en') understanding.locale = 'en';
    }
    const locale: Locale = understanding?.locale ?? previousLocale;
    const lang: Lang = languageOf(locale);
    const w = words(lang);

    // Proactive messages (reminders, offers) follow the language and script the parent writes in.
    if (understanding && understanding.locale !== parent.language && /\p{L}{2,}/u.test(text)) {
      await deps.booking.setLanguage(input.userId, understanding.locale).catch(() => undefined);
    }

    const ctx: ToolContext = {
      userId: input.userId,
      lang,
      locale,
      now: input.now,
      timeZone: deps.timeZone,
      booking: deps.booking,
      knowledge: deps.knowledge,
      escalation: deps.escalation,
      points: deps.points,
      rules: deps.rules,
      logger: deps.logger,
      remindWhenBookingOpens: deps.remindWhenBookingOpens ? (a) => deps.remindWhenBookingOpens!({ ...a, parentId: input.userId, locale }) : undefined,
      remindWhenDayOpens: deps.remindWhenDayOpens ? (a) => deps.remindWhenDayOpens!({ ...a, parentId: input.userId, locale }) : undefined,
    };
    const parentWords = text || (input.location ? '[location]' : input.button ? '[button]' : '');

    const finish = async (output: TurnOutput, next: DialogueState = state) => {
      await deps.memory
        .save(input.userId, input.now, { text: parentWords, lang: output.locale }, { text: output.reply, lang: output.locale, state: next })
        .catch((err) => deps.logger?.warn({ err }, 'could not store conversation turn'));
      return output;
    };
    const replyWith =
      (fill: (r: Reply) => void | Promise<void>, from: DialogueState = state) =>
      async () => {
        const r = new Reply(ctx, deps.codec, { ...from });
        await fill(r);
        const out = r.build();
        return finish(toOutput(locale, out), out.state);
      };

    // Medical red flags come first, in every state (even while staff hold the
    // parent's ticket): what to do now, and the ticket marked urgent.
    if (text) {
      const triaged = await triageTurn(ctx, deps.codec, state, text, memory.history);
      if (triaged) {
        // A red sign is the whole answer. A doctor-today or watch-at-home answer comes
        // first, and a booking request in the same message is still served after it.
        // A child hurt at a point, or any complaint, is the whole matter: the place it names is where it happened,
        // not a place to search ("我孩子在前埔摔了头 你们怎么看的孩子").
        // The triage answer itself handed the message to staff (a child hurt at a point, or a ticket already open): the same.
        const complaint =
          triaged.escalated === true || understanding?.intent === 'complaint' || (understanding?.requests ?? []).some((q) => q.intent === 'complaint');
        const others = triaged.urgent || complaint ? [] : (understanding?.requests ?? []).filter((q) => requestFamily(q.intent) === 'booking');
        if (others.length === 0 || !understanding) return finish(toOutput(locale, triaged), triaged.state);
        const rest = await respond({
          input: { ...input, text },
          lang,
          understanding: { ...understanding, intent: others[0]!.intent, slots: others[0]!.slots, requests: others.length > 1 ? others : undefined },
          state: triaged.state,
          ctx,
          codec: deps.codec,
        });
        return finish(toOutput(locale, mergeReplies(triaged, rest)), rest.state);
      }
    }

    // A person is handling this parent: the bot stays out of the way.
    const ticket = await deps.escalation.activeForParent(input.userId);
    if (ticket && !input.button) {
      if (parentWords) await deps.escalation.appendMessage(ticket.id, 'parent', parentWords);
      if (ticket.status === 'claimed') {
        const r = new Reply(ctx, deps.codec, state);
        r.say(w.escalation.staffHolding(ticket.claimedByName ?? undefined));
        const out = toOutput(locale, r.build());
        return finish({ ...out, escalated: true, escalationId: ticket.id, handledByStaff: true });
      }
      // Unless it asks what comes next, says it is no longer needed or adds detail (served by the handlers, escalate.ts).
      if (understanding && ['greeting', 'human', 'complaint'].includes(understanding.intent) && !servedWithTicketOpen(text ?? '')) {
        const r = new Reply(ctx, deps.codec, state);
        r.say(w.escalation.stillWithStaff);
        // "hello?? still waiting" at night: when staff are back, so the silence reads as the night, not as being ignored.
        const back = deps.escalation.staffBackAt();
        if (back) r.say(staffOffNow(back, ctx.now, w, ctx.timeZone));
        const out = toOutput(locale, r.build());
        return finish({ ...out, escalated: true, escalationId: ticket.id });
      }
      // "补充一下 是禮拜天江頭下午那場": more detail for staff, whatever day or place it names — not a new search.
      if (text && addsDetail(text)) {
        const r = new Reply(ctx, deps.codec, state);
        r.say(w.escalation.addedToTicket);
        const out = toOutput(locale, r.build());
        return finish({ ...out, escalated: true, escalationId: ticket.id });
      }
    }

    let agentTurn: AgentTurn = { input: { ...input, text }, lang, understanding, state, ctx, codec: deps.codec };
    if (input.button) {
      const decoded = deps.codec.decode(input.userId, input.button);
      if (!decoded.ok) {
        deps.logger?.info({ reason: decoded.reason }, 'refused button data');
        return replyWith((r) => {
          r.say(w.menu.buttonExpired);
          addMainMenu(r);
        })();
      }
      agentTurn = { ...agentTurn, button: decoded.button };
    } else if (!text && !input.location) {
      return replyWith((r) => {
        r.say(w.menu.prompt);
        addMainMenu(r);
      })();
    }

    if (text && detectInjection(text)) {
      // Attempts to change the rules or reach other families' data get a plain refusal and no tools.
      deps.logger?.warn('prompt injection refused');
      return replyWith((r) => {
        r.say(w.menu.injectionRefused);
        addMainMenu(r);
      })();
    }

    let reply: AgentReply;
    try {
      if (deps.llm && !input.button && !input.location && understanding) {
        try {
          reply = await deps.llm.respond(agentTurn, memory.history);
        } catch (err) {
          deps.logger?.warn({ err: (err as Error).message }, 'LLM failed; answering with the offline brain');
          reply = await respond(agentTurn);
        }
      } else {
        reply = await respond(agentTurn);
      }
    } catch (err) {
      deps.logger?.error({ err }, 'turn failed');
      const r = new Reply(ctx, deps.codec, state);
      r.say(describeError(err, lang).message);
      addMainMenu(r);
      reply = r.build();
    }
    return finish(toOutput(locale, reply), reply.state);
  }
}
