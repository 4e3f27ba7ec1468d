import type { Logger } from 'pino';
import type { BookingService } from '../booking/BookingService.ts';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase.ts';
import type { EscalationService } from '../escalation/EscalationService.ts';
import type { PointDirectory } from '../points/PointDirectory.ts';
import type { BookingRules } from '../config/config.ts';
import type { Lang } from '../domain/serviceKinds.ts';
import { understand } from '../nlu/understand.ts';
import { detectLanguage } from '../nlu/detectLanguage.ts';
import { detectRedFlags } from '../safety/detectRedFlags.ts';
import { detectInjection } from '../safety/detectInjection.ts';
import type { ButtonCodec } from './buttonCodec.ts';
import type { ConversationMemory } from './ConversationMemory.ts';
import type { ToolContext } from './tools/defineTool.ts';
import type { ConversationCore, TurnInput, TurnOutput } from './types.ts';
import { createOfflineAgent } from './offline/OfflineAgent.ts';
import type { AgentReply, AgentTurn } from './dialogue/AgentTypes.ts';
import { ReplyBuilder } from './offline/ReplyBuilder.ts';
import { addMainMenu } from './offline/menus.ts';
import { escalate } from './offline/knowledgeFlow.ts';
import { emergencyReply } from './emergencyReply.ts';
import { describeError } from '../errors/describeError.ts';

/** A brain that can answer a text turn; the offline agent is used when it fails. */
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
}

const MAX_TEXT = 2000;

function cleanText(text: string | undefined): string {
  if (!text) return '';
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, MAX_TEXT).trim();
}

function toOutput(lang: Lang, r: AgentReply): TurnOutput {
  return {
    lang: r.lang ?? lang,
    reply: r.reply,
    buttons: r.buttons,
    tools: r.tools,
    citations: r.citations,
    escalated: r.escalated,
    escalationId: r.escalationId,
    venue: r.venue,
    requestLocation: r.requestLocation,
  };
}

/**
 * The one conversation core: a parent's turn in, the bot's answer out.
 * Transports (Telegram, the JSON-lines CLI, the terminal chat) only adapt.
 */
export function createConversationCore(deps: ConversationCoreDeps): ConversationCore {
  const offline = createOfflineAgent();

  return {
    async handleTurn(input: TurnInput): Promise<TurnOutput> {
      const text = cleanText(input.text);
      const parent = await deps.booking.ensureParent({ parentId: input.userId, displayName: input.name });
      const memory = await deps.memory.load(input.userId);
      // What the conversation has been in; a first "hi" with no history is taken at face value.
      const spokenLang: Lang | undefined = memory.lang ?? input.languageHint;
      const previousLang: Lang = spokenLang ?? parent.language ?? 'zh';

      const understanding = text ? understand(text, { now: input.now, timeZone: deps.timeZone, previousLang: spokenLang }) : undefined;
      if (understanding?.slots.bookingRef) {
        // A reference code is letters, not English: judge the language without it.
        const rest = text.replace(new RegExp(understanding.slots.bookingRef, 'i'), ' ');
        understanding.lang = detectLanguage(rest, spokenLang ?? previousLang);
      }
      const lang: Lang = understanding?.lang ?? previousLang;

      // Proactive messages (reminders, offers) follow the language the parent writes in.
      if (understanding && understanding.lang !== parent.language && /\p{L}{2,}/u.test(text)) {
        await deps.booking.setLanguage(input.userId, understanding.lang).catch(() => undefined);
      }

      const ctx: ToolContext = {
        userId: input.userId,
        lang,
        now: input.now,
        timeZone: deps.timeZone,
        booking: deps.booking,
        knowledge: deps.knowledge,
        escalation: deps.escalation,
        points: deps.points,
        rules: deps.rules,
        logger: deps.logger,
      };
      const parentWords = text || (input.location ? '[location]' : input.button ? '[button]' : '');

      const finish = async (output: TurnOutput, state = memory.state) => {
        await deps.memory
          .save(input.userId, input.now, { text: parentWords, lang: output.lang }, { text: output.reply, lang: output.lang, state })
          .catch((err) => deps.logger?.warn({ err }, 'could not store conversation turn'));
        return output;
      };

      // Medical red flags come first, in every state (even while staff hold the
      // parent's ticket): what to do now, and the ticket marked urgent.
      const redFlags = text ? detectRedFlags(text) : undefined;
      if (redFlags?.emergency) {
        const b = new ReplyBuilder(ctx, deps.codec, { ...memory.state, pending: undefined });
        b.text(emergencyReply(lang, redFlags.flags));
        await escalate(b, 'medical', text);
        const out = toOutput(lang, b.build());
        return finish({ ...out, urgent: true }, b.state);
      }

      // A person is handling this parent: the bot stays out of the way.
      const ticket = await deps.escalation.activeForParent(input.userId);
      if (ticket && !input.button) {
        if (parentWords) await deps.escalation.appendMessage(ticket.id, 'parent', parentWords);
        if (ticket.status === 'claimed') {
          const reply =
            lang === 'zh'
              ? `工作人员${ticket.claimedByName ? `（${ticket.claimedByName}）` : ''}正在处理你的问题，你的消息已转给他们，请稍候回复。`
              : `A staff member${ticket.claimedByName ? ` (${ticket.claimedByName})` : ''} is handling your question; your message has been passed on. Please wait for their reply.`;
          return finish({ lang, reply, buttons: [], tools: [], citations: [], escalated: true, escalationId: ticket.id, handledByStaff: true });
        }
        if (understanding && ['greeting', 'human', 'complaint'].includes(understanding.intent)) {
          const reply =
            lang === 'zh'
              ? '你的问题已经转给工作人员，这条消息也一并转过去了，他们会在这里回复你。有其他需要（比如查名额）也可以继续问我。'
              : "Your question is with our staff and I've passed this message on too; they will reply here. Meanwhile I can still help with anything else, such as finding places.";
          return finish({ lang, reply, buttons: [], tools: [], citations: [], escalated: true, escalationId: ticket.id });
        }
      }

      let agentTurn: AgentTurn = { input: { ...input, text }, lang, understanding, state: memory.state, ctx, codec: deps.codec };

      if (input.button) {
        const decoded = deps.codec.decode(input.userId, input.button);
        if (!decoded.ok) {
          deps.logger?.info({ reason: decoded.reason }, 'refused button data');
          const b = new ReplyBuilder(ctx, deps.codec, memory.state);
          b.say('这个按钮已失效（可能是旧消息里的按钮）。以下是当前的选项：', 'This button has expired (it may be from an older message). Here is what you can do now:');
          addMainMenu(b);
          return finish(toOutput(lang, b.build()));
        }
        agentTurn = { ...agentTurn, button: decoded.button };
      } else if (!text && !input.location) {
        const b = new ReplyBuilder(ctx, deps.codec, memory.state);
        b.say('请告诉我你想做什么：', 'Tell me what you would like to do:');
        addMainMenu(b);
        return finish(toOutput(lang, b.build()));
      }

      if (text && detectInjection(text)) {
        // Attempts to change the rules or reach other families' data get a plain refusal and no tools.
        deps.logger?.warn({ userId: input.userId }, 'prompt injection refused');
        const b = new ReplyBuilder(ctx, deps.codec, memory.state);
        b.say(
          '抱歉，这个我不能做。我只能帮你查找和预约你自己家的托育名额、管理你自己的预约，或回答育儿和托育政策问题；其他家庭的信息不会提供。',
          "Sorry, I can't do that. I can only help with your own family's bookings and answer parenting and childcare-policy questions; I never share other families' information.",
        );
        addMainMenu(b);
        return finish(toOutput(lang, b.build()));
      }

      let reply: AgentReply;
      const useLlm = deps.llm && !input.button && !input.location && understanding;
      try {
        if (useLlm) {
          try {
            reply = await deps.llm!.respond(agentTurn, memory.history);
          } catch (err) {
            deps.logger?.warn({ err: (err as Error).message }, 'LLM failed; answering with the offline agent');
            reply = await offline.respond(agentTurn);
          }
        } else {
          reply = await offline.respond(agentTurn);
        }
      } catch (err) {
        deps.logger?.error({ err }, 'turn failed');
        const b = new ReplyBuilder(ctx, deps.codec, memory.state);
        b.text(describeError(err, lang).message);
        addMainMenu(b);
        reply = b.build();
      }
      return finish(toOutput(reply.lang ?? lang, reply), reply.state);
    },
  };
}
