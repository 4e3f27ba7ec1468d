import type { District } from '../../domain/xiamenPlaces.ts';
import type { z } from 'zod';
import type { Lang, Locale } from '../../i18n/languages.ts';
import type { Reply } from '../dialogue/Reply.ts';
import type { BookingService } from '../../booking/BookingService.ts';
import type { KnowledgeBase } from '../../knowledge/KnowledgeBase.ts';
import type { EscalationService } from '../../escalation/EscalationService.ts';
import type { PointDirectory } from '../../points/PointDirectory.ts';
import type { BookingRules } from '../../config/config.ts';

/** What a tool may use. The parent's identity comes from the transport, never from arguments. */
export interface ToolContext {
  userId: number;
  /** The language of words and documents. */
  lang: Lang;
  /** What the parent reads (zh-Hant for Traditional writers): staff tickets record it. */
  locale: Locale;
  now: Date;
  timeZone: string;
  booking: BookingService;
  knowledge: KnowledgeBase;
  escalation: EscalationService;
  points: PointDirectory;
  rules: BookingRules;
  /** A message to this parent when booking opens for a session (false: already asked for). */
  remindWhenBookingOpens?: (args: { sessionId: number; opensAt: Date }) => Promise<boolean>;
  /** A message to this parent when booking opens for a day beyond the published sessions (false: already asked for). */
  remindWhenDayOpens?: (args: { date: string; district?: District; partOfDay?: 'morning' | 'afternoon'; opensAt: Date }) => Promise<boolean>;
  logger?: { error(obj: unknown, msg?: string): void };
}

export interface Tool<S extends z.ZodType = z.ZodType, R = unknown> {
  name: string;
  /** Written for the model: what it does and how tools chain. */
  description: string;
  schema: S;
  handler(args: z.infer<S>, ctx: ToolContext): Promise<R>;
  /**
   * How a successful result is shown to the parent: text, buttons, citations,
   * venue and what the dialogue remembers. Both brains use it (the LLM keeps
   * the buttons, citations and venue and writes its own text).
   */
  present?(r: Reply, result: R, args: z.infer<S>): void | Promise<void>;
}

export function defineTool<S extends z.ZodType, R>(tool: Tool<S, R>): Tool<S, R> {
  return tool;
}
