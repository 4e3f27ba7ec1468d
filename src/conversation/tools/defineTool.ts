import { z } from 'zod';
import type { Lang } from '../../domain/serviceKinds.ts';
import type { BookingService } from '../../booking/BookingService.ts';
import type { KnowledgeBase } from '../../knowledge/KnowledgeBase.ts';
import type { EscalationService } from '../../escalation/EscalationService.ts';
import type { PointDirectory } from '../../points/PointDirectory.ts';
import type { BookingRules } from '../../config/config.ts';

/** What a tool may use. The parent's identity comes from the transport, never from arguments. */
export interface ToolContext {
  userId: number;
  lang: Lang;
  now: Date;
  timeZone: string;
  booking: BookingService;
  knowledge: KnowledgeBase;
  escalation: EscalationService;
  points: PointDirectory;
  rules: BookingRules;
  logger?: { error(obj: unknown, msg?: string): void };
}

export interface Tool<S extends z.ZodType = z.ZodType, R = unknown> {
  name: string;
  /** Written for the model: what it does and how tools chain. */
  description: string;
  schema: S;
  handler(args: z.infer<S>, ctx: ToolContext): Promise<R>;
}

export function defineTool<S extends z.ZodType, R>(tool: Tool<S, R>): Tool<S, R> {
  return tool;
}
