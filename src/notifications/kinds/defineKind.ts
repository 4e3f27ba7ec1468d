import type { z } from 'zod';
import type { Config } from '../../config/config.ts';
import type { Queryable } from '../../db/Queryable.ts';
import type { Catalogue } from '../../i18n/catalogue.ts';
import type { Locale } from '../../i18n/languages.ts';
import type { ButtonAction } from '../../conversation/buttonCodec.ts';
import type { RenderedMessage } from '../SendNotification.ts';

/** Who reads a kind: one family in their private chat, or the staff group. */
export type Audience = 'parent' | 'staff';

/** Stable reasons a queued message is not sent (stored in outbox.outcome). */
export type SkipOutcome =
  | 'parent_deleted'
  | 'no_chat'
  | 'booking_deleted'
  | 'booking_not_active'
  | 'session_deleted'
  | 'session_cancelled'
  | 'session_started'
  | 'offer_no_longer_open'
  | 'escalation_gone'
  | 'escalation_claimed'
  | 'message_gone'
  | 'bad_payload';

export interface LoadContext<P> {
  db: Queryable;
  payload: P;
  chatId: number;
  now: Date;
  config: Config;
}

/** At send time: what to say, or why the message no longer makes sense. */
export type Loaded<V> = { send: V } | { skip: SkipOutcome; detail: string };

export interface RenderContext {
  /** The recipient's locale: the renderer writes in its language; the worker converts zh-Hant to Traditional. */
  locale: Locale;
  w: Catalogue;
  timeZone: string;
  /**
   * Signed callback data for the recipient (the codec bound to their user id).
   * Only for parents: in a group someone other than the recipient would press it.
   */
  button?: (action: ButtonAction, ...args: Array<string | number>) => string;
}

export interface DeliveredContext<P> {
  db: Queryable;
  payload: P;
  chatId: number;
  messageId: number;
  now: Date;
}

/**
 * One kind of proactive message, defined in one module: its payload (what a
 * producer queues, validated when queued and again when sent), its audience,
 * how its data is loaded fresh at send time, how it is rendered (words from
 * the catalogue), and what happens once Telegram has accepted it.
 */
export interface NotificationKindDefinition<S extends z.ZodType = z.ZodType, V = unknown> {
  audience: Audience;
  payload: S;
  load(ctx: LoadContext<z.output<S>>): Promise<Loaded<V>>;
  render(view: V, ctx: RenderContext): RenderedMessage;
  delivered?(ctx: DeliveredContext<z.output<S>>): Promise<void>;
}

export function defineKind<S extends z.ZodType, V>(def: NotificationKindDefinition<S, V>): NotificationKindDefinition<S, V> {
  return def;
}

export const skip = (outcome: SkipOutcome, detail: string): { skip: SkipOutcome; detail: string } => ({ skip: outcome, detail });
