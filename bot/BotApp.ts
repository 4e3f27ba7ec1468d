import type { Config } from '../src/config/config.ts';
import type { Database } from '../src/db/database.ts';
import type { Clock } from '../src/time/clock.ts';
import type { Logger } from '../src/logging/createLogger.ts';
import type { EscalationService } from '../src/escalation/EscalationService.ts';
import type { ButtonCodec } from '../src/conversation/buttonCodec.ts';
import type { ConversationCore } from '../src/conversation/types.ts';
import type { RosterSession } from '../src/booking/types.ts';

/**
 * What the transport needs from the booking service. Kept to the calls the
 * bot makes so tests can pass a small fake; the real service satisfies it.
 */
export interface BotBookingPort {
  ensureParent(args: { parentId: number; displayName?: string; language?: 'zh' | 'en' }): Promise<unknown>;
  recordConsent(parentId: number): Promise<{ consentAt: string | null }>;
  getParent(parentId: number): Promise<{ consentAt: string | null; language: 'zh' | 'en' } | null>;
  cancelBooking(args: { actor: { parentId: number } | { staffUserId: number }; bookingId?: number; bookingRef?: string; reason?: string }): Promise<unknown>;
  roster(staffUserId: number, date: string): Promise<RosterSession[]>;
  markAttendance(staffUserId: number, bookingRef: string, outcome: 'attended' | 'no_show'): Promise<unknown>;
  closeSession(staffUserId: number, sessionId: number, reason: string): Promise<{ cancelled?: unknown[] } | unknown>;
}

/** The services the bot is built from (createApp's App satisfies this). */
export interface BotApp {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
  booking: BotBookingPort;
  escalation: EscalationService;
  codec: ButtonCodec;
  core: ConversationCore;
}
