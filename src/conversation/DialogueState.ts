import type { Intent } from '../nlu/types.ts';
import type { District } from '../domain/xiamenPlaces.ts';
import type { SessionKind } from '../domain/serviceKinds.ts';
import type { SearchSlotsArgs } from './tools/searchSlotsTool.ts';

/** A session shown to the parent, kept so "the second one" or "the Jiangtou one" can be resolved. */
export interface ShownSession {
  sessionId: number;
  free: number;
  label: string;
  /** Its day, times and kind alone (the label without the point), for a choice among one point's sessions. */
  when?: string;
  /** Open for booking now (false: not yet open, or full). */
  bookable?: boolean;
  pointCode?: string;
  district?: District;
  localDate?: string;
  /** The kind of session ("half_day"…): a booking moved to another day keeps its kind at its own point. */
  kind?: SessionKind;
  /** Not open for booking yet: when it opens, in minutes since the epoch ("好 提醒我" sets the reminder without a new search). */
  opensAt?: number;
}

/** Where a registration or a child choice leads once it is done. */
export interface NextAction {
  action: 'book' | 'waitlist';
  sessionId: number;
}

/** A question the bot asked and is waiting for an answer to: one step module each (dialogue/steps). */
export type PendingStep =
  | {
      type: 'search';
      partial: Partial<SearchSlotsArgs>;
      wantsNearby?: boolean;
      /** Several children asked for at once ("帮 Leo 和 Emma 都 book"): each gets a list once the day is known. */
      childIds?: number[];
      /** They were asked for together ("两个都约"): see `lastSearch.together`. */
      together?: boolean;
    }
  | {
      type: 'register';
      name?: string;
      birthDate?: string;
      /** A birth month told without the day (YYYY-MM, "2024年3月出生"): the day is asked for, and a bare "15号" completes it. */
      birthMonth?: string;
      then?: NextAction;
      /** `sameReading`: written with the same ambiguous date as the child asked about (twins), so one answer settles both. */
      more?: Array<{ name: string; birthDate?: string; sameReading?: boolean; birthMonth?: string }>;
      /** The two readings of an ambiguous birth date ("12/1/2025") the parent was asked to choose between. */
      readings?: [string, string];
      /** The search asked for a child not registered yet ("周日下午同安 给老二约"): run for them once registered. */
      search?: Partial<SearchSlotsArgs>;
    }
  | { type: 'choose_child'; action: 'book' | 'waitlist'; sessionId: number }
  /** "要取消哪一个？" asked with the bookings listed: a day, place, child or number picks one. */
  | { type: 'choose_cancel'; bookingIds: number[] }
  | {
      type: 'confirm_cancel';
      bookingId: number;
      refCode: string;
      /** Further bookings cancelled by the same "yes" ("两个孩子的都取消"). */
      more?: number[];
      /** Asked beside a list of the same message ("帮老大约周六上午，老二周日的取消"): the list comes again once cancelled. */
      listAfter?: boolean;
      /** The list on screen when the question was asked: a different one shown after it by the same message ("取消周日的，给果果约周六") comes again once cancelled. */
      shownAtAsk?: string;
    }
  | { type: 'offer_waitlist'; sessionId: number }
  | { type: 'offer_escalation'; question: string };

/** The child the conversation is about, once the parent named or chose one. */
export interface ChildInFocus {
  id: number;
  name: string;
  ageMonths: number;
}

/** What the dialogue remembers between turns (stored with the bot's turn). */
export interface DialogueState {
  /** The last results shown: `args` as searched (maybe widened), `request` as the parent asked. */
  lastSearch?: {
    args: SearchSlotsArgs;
    shown: ShownSession[];
    request?: SearchSlotsArgs;
    /** The children the list was shown for when it was for several at once, so "改成周日" keeps all of them. */
    childIds?: number[];
    /**
     * Children asked for together ("给两个孩子都约上") whose lists differ (a baby too young for one of the points): a
     * session picked from one child's list is booked for the others too where it takes them, once.
     */
    together?: number[];
  };
  pending?: PendingStep;
  /**
   * A cancel question asked beside another request of the same message ("果果周日的取消 朵朵周六上午前埔排个候补"): kept
   * apart from `pending`, which the list shown after it replaces, so confirming the cancel still brings that list back.
   */
  cancelAsked?: { bookingId: number; listAfter?: boolean; shownAtAsk?: string };
  lastQuestion?: string;
  /**
   * The section the last knowledge answer quoted first (cleared whenever `lastQuestion` is set without one): a follow-up
   * ("how long is it good for?") is looked for in this document before anywhere else (answers/followUp.ts).
   */
  lastAnswer?: { docId: string; heading: string };
  /** What the parent's last typed request was (a knowledge answer, a search…), so "那临时托呢" right after an answer is a follow-up question. */
  lastIntent?: Intent;
  /** An age the parent stated for a child not (yet) registered. */
  childAgeMonths?: number;
  child?: ChildInFocus;
  /** A booking being moved ("周六的取消，改成周日上午", a correction right after booking): cancelled once the new one is booked for `childId`. */
  /** A booking being moved; `pointCode` is where it was, so the same point on the new day can be offered first. */
  moving?: { bookingId: number; refCode: string; localDate: string; childId: number; at: string; pointCode?: string; kind?: SessionKind };
  /**
   * The booking this conversation cancelled last, so "帮我约下周六 同一个点同一个时间" right after finds its point, part of
   * day and kind.
   */
  lastCancelled?: { pointCode: string; district: District; partOfDay: 'morning' | 'afternoon'; kind: SessionKind; childId: number; at: string };
  /**
   * "跟上次一样" asked with several bookings held that differ: the day asked for and the bookings offered as the model, so
   * "思明那个" or "the Sunday one" next picks one (round 51).
   */
  modelChoice?: {
    from: string;
    to: string;
    childId?: number;
    options: Array<{ pointCode: string; district: District; partOfDay: 'morning' | 'afternoon'; kind: SessionKind; childId: number; localDate: string }>;
    at: string;
  };
  /** The booking this conversation made last, so a correction right after it ("说错了 是周六") moves it. */
  lastBooked?: { bookingId: number; refCode: string; localDate: string; childId: number; at: string };
  /**
   * The confirmed bookings the last reply listed ("my bookings"), in the order shown, so "第二个取消" or "cancel the
   * first one" in the next message picks that one. Dropped by any reply that does not list them again (respond.ts).
   */
  bookingsShown?: number[];
  /** Recent turns' health signs, read together by triage (e.g. diarrhoea, then no wet nappy). */
  healthSigns?: { flags: string[]; at: string };
}
