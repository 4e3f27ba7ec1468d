import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../time/clock.ts';
import { createBookingService, type BookingService } from '../booking/BookingService.ts';
import { createEscalationService, type EscalationService } from '../escalation/EscalationService.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../knowledge/KnowledgeBase.ts';
import { createEmbedder } from '../knowledge/createEmbedder.ts';
import type { KnowledgeEmbedder } from '../knowledge/KnowledgeEmbedder.ts';
import { createButtonCodec, type ButtonCodec } from '../conversation/buttonCodec.ts';
import { createConversationMemory } from '../conversation/ConversationMemory.ts';
import { createConversationCore, type LanguageModelBrain } from '../conversation/createConversationCore.ts';
import { createLlmAgent } from '../conversation/llm/createLlmAgent.ts';
import type { ConversationCore } from '../conversation/types.ts';
import { createPointDirectory } from '../points/PointDirectory.ts';
import { remindWhenBookingOpens, remindWhenDayOpens } from '../notifications/remindWhenBookingOpens.ts';
import { createOperatorsService, type OperatorsService } from '../operators/OperatorsService.ts';

export interface App {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
  booking: BookingService;
  escalation: EscalationService;
  knowledge: KnowledgeBase;
  embedder: KnowledgeEmbedder;
  codec: ButtonCodec;
  core: ConversationCore;
  /** Points, timetables, staff, audit and reports (operators and staff). */
  operators: OperatorsService;
  brain: 'llm' | 'offline';
}

export interface CreateAppOptions {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
  /** Force a brain; default: the LLM when OPENAI_API_KEY is set, else offline. */
  brain?: 'llm' | 'offline';
  /** For tests: the fetch the OpenAI client uses (reaching a local fake server). */
  llmFetch?: typeof fetch;
}

/** The composition root: every service built once from config and passed down. */
export function createApp({ config, db, clock, logger, brain, llmFetch }: CreateAppOptions): App {
  const booking = createBookingService({ pool: db.pool, clock, timeZone: config.timeZone, rules: config.booking });
  const escalation = createEscalationService({
    pool: db.pool,
    clock,
    staffGroupChatId: config.telegram.staffGroupChatId,
    staffNight: config.notifications.quietHours,
    timeZone: config.timeZone,
  });
  const embedder = createEmbedder(config);
  const knowledge = createKnowledgeBase({ pool: db.pool, embedder });
  const codec = createButtonCodec(config.telegram.buttonSecret);
  const memory = createConversationMemory({
    pool: db.pool,
    historyTurns: config.memory.historyTurns,
    retentionDays: config.memory.retentionDays,
  });
  const chosen = brain ?? (config.openai.apiKey ? 'llm' : 'offline');
  if (chosen === 'llm' && !config.openai.apiKey) {
    throw new Error('The LLM brain needs OPENAI_API_KEY (and OPENAI_BASE_URL for a non-OpenAI endpoint).');
  }
  const llm: LanguageModelBrain | undefined =
    chosen === 'llm'
      ? createLlmAgent({
          apiKey: config.openai.apiKey!,
          baseURL: config.openai.baseURL,
          model: config.openai.model,
          timeoutMs: config.openai.timeoutMs,
          maxRetries: config.openai.maxRetries,
          fetch: llmFetch,
        })
      : undefined;
  const points = createPointDirectory({ pool: db.pool });
  const core = createConversationCore({
    booking,
    knowledge,
    escalation,
    points,
    rules: config.booking,
    memory,
    codec,
    timeZone: config.timeZone,
    llm,
    logger,
    remindWhenBookingOpens: (args) => remindWhenBookingOpens(db.pool, args),
    remindWhenDayOpens: (args) => remindWhenDayOpens(db.pool, args),
  });
  const operators = createOperatorsService({
    pool: db.pool,
    clock,
    timeZone: config.timeZone,
    rules: config.booking,
    horizonWeeks: config.sessionHorizonWeeks,
  });
  return { config, db, clock, logger, booking, escalation, knowledge, embedder, codec, core, operators, brain: chosen };
}
