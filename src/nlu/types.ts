import type { FollowUpChange } from './followUpChange.ts';
import type { District } from '../domain/xiamenPlaces.ts';
import type { ClassTitle, SessionKind } from '../domain/serviceKinds.ts';

import type { Lang, Locale } from '../i18n/languages.ts';
import type { OutsideRequest } from './parseOutsideRequest.ts';

export type { Lang, Locale };

export type Intent =
  | 'find_slots'
  | 'book'
  | 'cancel'
  | 'my_bookings'
  | 'join_waitlist'
  | 'register_child'
  | 'list_children'
  | 'update_child' // rename a registered child or correct their birth date
  | 'knowledge' // a policy or parenting question (answered from the knowledge base)
  | 'human' // wants a person / staff / 人工
  | 'complaint'
  | 'greeting'
  | 'help'
  | 'thanks'
  | 'switch_language'
  | 'affirm'
  | 'deny'
  | 'out_of_scope'
  | 'point_info' // where a point is, its address or phone
  | 'can_attend' // whether a child of a stated age can come
  | 'identity' // who/what the assistant is
  | 'service_intro' // what the service is
  | 'reschedule' // move an existing booking to another day
  | 'remind_opening' // tell me when booking opens for the sessions shown
  | 'more'; // more results / 还有别的吗

export const INTENTS: readonly Intent[] = [
  'find_slots',
  'book',
  'cancel',
  'my_bookings',
  'join_waitlist',
  'register_child',
  'list_children',
  'update_child',
  'knowledge',
  'human',
  'complaint',
  'greeting',
  'help',
  'thanks',
  'switch_language',
  'affirm',
  'deny',
  'out_of_scope',
  'point_info',
  'can_attend',
  'identity',
  'service_intro',
  'reschedule',
  'remind_opening',
  'more',
];

/** A child the parent refers to: by name, or by birth order (1 = eldest, 2 = second, -1 = youngest). */
export interface ChildMention {
  name?: string;
  birthOrder?: number;
  /** "no the other kid", "不对 是另一个孩子": the child the conversation is not about (the dialogue knows which that is). */
  other?: true;
}

/** A child the parent describes for registration. */
export interface ChildDetails {
  name: string;
  birthDate?: string;
  /** "去年10月生的": the month only (YYYY-MM); the parent is asked for the day. */
  birthMonth?: string;
  birthOrder?: number;
  /** "12/1/2025": both readings (month first, day first) are real past days; the parent is asked which. */
  ambiguous?: { text: string; readings: [string, string] };
}

/** A date the parent wrote that cannot be taken as it stands. */
export type DateProblem =
  | { kind: 'impossible'; text: string }
  | { kind: 'ambiguous_birth_date'; text: string; readings: [string, string] }
  /** "3/12" with no year: both readings are real days; `readings[0]` (the sooner) is the one taken. */
  | { kind: 'ambiguous_date'; text: string; readings: [string, string] };

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
  /** The only day named is when the child reaches an age ("下个月就满一岁了"): a day asked for only if the message asks for care. */
  dateOfAge?: boolean;
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
  /** A birth month told without the day (YYYY-MM): the age for a search; registering asks for the day. */
  birthMonth?: string;
  language?: Lang; // requested language for switch_language
  /** After an answer, all the message changes of the question before: another age, older or younger, a district (followUpChange.ts). */
  followUpChange?: FollowUpChange;
  /** "同一个点", "same place": the place of a booking already talked about (sameAsBefore.ts). */
  samePlace?: true;
  /** "同一个时间", "same time": its part of day and kind. */
  sameTime?: true;
  /** The child this request is about (a registered child's name, or 大宝/老二/the older one). */
  child?: ChildMention;
  /** Several children described at once ("大宝朵朵2024-01-20 二宝果果2024-11-11"). */
  children?: ChildDetails[];
  /** "cancel all our bookings", "全部取消": every upcoming booking the words leave in. */
  allBookings?: boolean;
  /** A short reply that can only be a name ("乐乐", "Leo"): an answer to "what is your child's name?". */
  replyName?: string;
  /** What the parent said it is NOT ("不是湖里", "not Saturday", "周六要回老家"): never searched or booked. */
  negated?: Pick<Slots, 'dateRange' | 'partOfDay' | 'district' | 'neighbourhood' | 'kind' | 'classTitle' | 'pointCode'>;
  /** The message corrects what was said before ("不对，…", "I meant…", "算了换…"). */
  correction?: boolean;
  /** The parent asks about drop-off care (half-day or temporary care), not a class ("3个月能去托育吗"). */
  wantsCare?: boolean;
  /** For a move, the day of the booking being moved ("周六的改到周日": Saturday); `dateRange` is the new day. */
  movedFrom?: { from: string; to: string };
  /** For a move, the child whose booking is moved when another child gets the new one ("cancel Mia's Saturday and book Leo instead"). */
  movedChild?: ChildMention;
  dateProblem?: DateProblem;
  /** A place outside the service the question is about (a ferry, a tourist spot). */
  outOfScopePlace?: string;
  /** Something the points do not offer parents, asked with booking words: a job there, a party or event, their rooms, a tour. */
  outOfScopeRequest?: OutsideRequest;
  /** The number after a booking verb ("book 1", "约3"): a list item, not a date. */
  pick?: number;
  /** Several registered children named in one request ("Olivia 和 Sam 周六都有位置吗"): each of them. */
  namedChildren?: string[];
  /** "Mia也要 跟Leo的一样", "same as Leo's": the child whose booking is the model for the one asked (sameAsBefore.ts). */
  modelChild?: string;
  /** Several children named by birth order in one request ("老大老二都想去翔安"): 1 = eldest, 2 = second, -1 = youngest. */
  orderedChildren?: number[];
  /** Registered children said not to be going while another is picked ("just Ava, Noah has a doctor's appointment"). */
  childrenNotGoing?: string[];
  /** The request is for every registered child ("两个孩子都约", "book both kids"). */
  allChildren?: boolean;
  /** A registered child renamed or their birth date corrected ("名字改成小汤圆", "Noah's birthday is wrong, it's …"): the new name; a new birth date is `birthDate`. */
  childUpdate?: { newName?: string; birthDate?: boolean; birthYear?: number };
  /** A care point named by its short name ("江头那个点", "the Wuyuan Bay one"): its code. */
  pointCode?: string;
  /** "the week after", "推迟一周": the days being searched, this many weeks later (no date of their own). */
  weekShift?: number;
  /** "next weekend then, same day", "下周末 同一天": of the days named, the weekday of the one day searched before (mergeSearch). */
  sameWeekday?: true;
}

export interface Understanding {
  lang: Lang;
  /** The language and script to answer in (zh-Hant for Traditional writers). */
  locale: Locale;
  intent: Intent;
  confidence: number;
  slots: Slots;
  /**
   * When one message holds several requests ("周六上午有位吗 另外孩子咳嗽能去吗"),
   * each of them with its own words; the first is the one `intent` describes.
   */
  requests?: Array<{ text: string; intent: Intent; slots: Slots }>;
}

export interface UnderstandContext {
  now: Date;
  timeZone: string;
  previousLang?: Lang;
  previousLocale?: Locale;
  /** The family's registered children's names, so "Book Emma" and "把果果的取消了" find them. */
  childNames?: string[];
  /** A search is under way: a bare place, day or age refines it. */
  searching?: boolean;
  /** The care points' short names (zh and en) by code, so a named point is recognised. */
  points?: Array<{ code: string; names: string[] }>;
  /** What the parent's previous message asked for ("knowledge" after an answer): "那临时托呢" then asks the same about temporary care. */
  previousIntent?: Intent;
  /** The question the assistant just asked. */
  expecting?: 'child_details' | 'choice' | 'confirmation';
  /** Set by `understand` itself when it reads one part of a longer message: a part that asks nothing is the setting of the parts that ask. */
  partOfMessage?: boolean;
}
