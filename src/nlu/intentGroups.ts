import type { Intent } from './types.ts';

/** Intents that look for places. */
export const SEARCHES = new Set<Intent>(['find_slots', 'book']);

/** Intents that act (search, book, cancel, queue): a question about them is answered, not acted on. */
export const ACTION_INTENTS = new Set<Intent>(['find_slots', 'book', 'join_waitlist', 'cancel', 'reschedule', 'remind_opening']);

/** Intents that change a booking already made, as opposed to finding or making one. */
export const CHANGES = new Set<Intent>(['cancel', 'reschedule']);

/** Intents that answer a question. */
export const QUESTION_INTENTS = new Set<Intent>(['knowledge', 'can_attend', 'service_intro', 'point_info']);
