import type { District } from '../domain/xiamenPlaces.ts';
import type { ClassTitle, SessionKind } from '../domain/serviceKinds.ts';

export type Lang = 'zh' | 'en';

export type Intent =
  | 'find_slots' | 'book' | 'cancel' | 'my_bookings' | 'join_waitlist' | 'register_child' | 'list_children'
  | 'knowledge' // a policy or parenting question (answered from the knowledge base)
  | 'human' // wants a person / staff / 人工
  | 'complaint'
  | 'greeting' | 'help' | 'thanks' | 'switch_language' | 'affirm' | 'deny' | 'out_of_scope';

export const INTENTS: readonly Intent[] = [
  'find_slots', 'book', 'cancel', 'my_bookings', 'join_waitlist', 'register_child', 'list_children',
  'knowledge', 'human', 'complaint', 'greeting', 'help', 'thanks', 'switch_language', 'affirm', 'deny', 'out_of_scope',
];

export interface NeighbourhoodSlot {
  zh: string;
  en: string;
  district: District;
  latitude: number;
  longitude: number;
}

export interface Slots {
  dateRange?: { from: string; to: string }; // YYYY-MM-DD in the service zone, inclusive
  dateText?: string; // the words that gave the date
  partOfDay?: 'morning' | 'afternoon';
  district?: District;
  neighbourhood?: NeighbourhoodSlot;
  /** "near me" / 附近: the parent wants places near them but gave no place; ask for a location. */
  wantsNearby?: boolean;
  childAgeMonths?: number;
  /** An age was stated but is outside 0–72 months (e.g. "7岁"); childAgeMonths is left unset. */
  ageOutOfRange?: boolean;
  kind?: SessionKind;
  classTitle?: ClassTitle;
  ordinal?: number; // 1-based; -1 = last, -2 = second to last
  bookingRef?: string; // uppercase
  childName?: string;
  birthDate?: string; // YYYY-MM-DD
  language?: Lang; // requested language for switch_language
}

export interface Understanding {
  lang: Lang;
  intent: Intent;
  confidence: number;
  slots: Slots;
}

export interface UnderstandContext {
  now: Date;
  timeZone: string;
  previousLang?: Lang;
}
