import type { SearchSlotsArgs } from './tools/searchSlotsTool.ts';

/** A session shown to the parent, kept so "the second one" can be resolved. */
export interface ShownSession {
  sessionId: number;
  free: number;
  label: string;
}

export type PendingStep =
  | { type: 'search'; partial: Partial<SearchSlotsArgs>; wantsNearby?: boolean }
  | { type: 'register'; name?: string; birthDate?: string; then?: { action: 'book' | 'waitlist'; sessionId: number } }
  | { type: 'choose_child'; action: 'book' | 'waitlist'; sessionId: number }
  | { type: 'confirm_cancel'; bookingId: number; refCode: string }
  | { type: 'offer_waitlist'; sessionId: number }
  | { type: 'offer_escalation'; question: string };

/** What the offline agent remembers between turns (stored with the bot's turn). */
export interface DialogueState {
  lastSearch?: { args: SearchSlotsArgs; shown: ShownSession[] };
  pending?: PendingStep;
  lastQuestion?: string;
  childAgeMonths?: number;
}
