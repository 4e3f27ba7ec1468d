import { ALONG_TOO, QUESTION_WORD } from './askingWords.ts';
import { habitualTime } from './classifyIntent.ts';
import { hasSearchSlots } from './hasSearchSlots.ts';
import { ARBITRATION } from './lexicon/index.ts';
import type { Intent, Slots, UnderstandContext } from './types.ts';

/** Only a pronoun for another child and "too" ("her too", "and him as well please"). */
const PRONOUN_TOO =
  /^(?:(?:and|ok|okay|oh|also|plus)[\s,]+)*(?:(?:book|do|same for|and for|for)\s+)?(?:her|him)\s+(?:too|as well|also)(?:[\s,]+please)?[\s.!?？]*$/;

/** What a message means in its conversation; `wantsCare` when drop-off care (not a class) is what is asked about. */
export interface InContextReading {
  intent: Intent;
  confidence: number;
  wantsCare?: true;
}

/**
 * What a message means given what the conversation is doing: while a search
 * is under way, a bare place, day or age ("湖里的", "那就周日吧", "宝宝两岁")
 * refines it; a correction with a day or place is a new search.
 */
export function inContext(intent: Intent, confidence: number, slots: Slots, t: string, ctx: UnderstandContext): InContextReading | undefined {
  // Thanks for a session that went well ("thanks, she had a great time last Saturday") names the day it happened: no search.
  if (intent === 'thanks' && ARBITRATION.wentWell.test(t)) return undefined;
  const searchy = hasSearchSlots(slots);
  const ageOnly = slots.childAgeMonths !== undefined && !searchy;
  if (ctx.searching) {
    // "顺便问一下我家老二才5个月能一起送吗", "can my 4 month old come along too?": another child of an age, asked to come
    // along to the care being looked for, asks whether that age is taken (drop-off care has its own youngest age), not
    // for the search redone for that age or that child.
    if (ageOnly && ALONG_TOO.test(t) && QUESTION_WORD.test(t) && !['cancel', 'my_bookings', 'complaint', 'human'].includes(intent)) {
      return { intent: 'can_attend', confidence: Math.max(confidence, 0.7), ...(slots.kind !== 'trial_class' ? { wantsCare: true as const } : {}) };
    }
    const softIntent =
      ['affirm', 'greeting', 'thanks', 'help'].includes(intent) ||
      (intent === 'out_of_scope' && confidence < 0.6) ||
      (intent === 'knowledge' && confidence < 0.6 && t.length <= 25);
    if ((searchy && (softIntent || intent === 'find_slots')) || (ageOnly && t.length <= 12 && intent !== 'knowledge'))
      return { intent: 'find_slots', confidence: Math.max(confidence, 0.7) };
    if (slots.correction && searchy && !['cancel', 'my_bookings', 'complaint', 'human'].includes(intent)) return { intent: 'find_slots', confidence: 0.8 };
    // "her too", "and him as well" in a family of several: the other child, for what is being looked for or was just booked.
    if (PRONOUN_TOO.test(t) && (ctx.childNames?.length ?? 0) > 1 && !['cancel', 'my_bookings', 'complaint', 'human'].includes(intent))
      return { intent: 'find_slots', confidence: 0.75 };
    // "不是给朵朵，是给果果", "sorry, I meant Leo", "给老二的呢": the same search for another child.
    if (
      slots.child &&
      !searchy &&
      (softIntent ||
        intent === 'deny' ||
        (intent === 'out_of_scope' && confidence < 0.6) ||
        (intent === 'register_child' && confidence < 0.6 && !slots.birthDate))
    )
      return { intent: 'find_slots', confidence: 0.75 };
    // "那哥哥小安呢 他也可以一起去嗎", "and her big brother Leo, can he come along too?": another registered child, named, asked
    // to come along to the care being looked for, is the same search for that child (their own age decides what fits) — not
    // the general rule about siblings.
    if (
      slots.child?.name &&
      !searchy &&
      ALONG_TOO.test(t) &&
      ['knowledge', 'can_attend', 'out_of_scope', 'help', 'point_info'].includes(intent) &&
      (ctx.childNames?.length ?? 0) > 1 &&
      // (…unless a rule is asked with it: "can Leo come too? what should he bring".)
      !ARBITRATION.policyQuestion.test(t) &&
      !ARBITRATION.ruleOrHealthQuestion.test(t)
    )
      return { intent: 'find_slots', confidence: 0.75 };
    // "oh wait, it should be for Leo not Mia", "搞错了 应该是给果果约的": a correction naming a child is that child,
    // whatever the rest of the words looked like.
    if (slots.correction && slots.child && !searchy && !['cancel', 'my_bookings', 'complaint', 'human', 'update_child', 'register_child'].includes(intent))
      return { intent: 'find_slots', confidence: 0.75 };
    // "我不要湖里的", "海沧不要了": only a denial, which takes that place or day out of the search.
    if (slots.negated && !searchy && (softIntent || intent === 'deny' || intent === 'find_slots')) return { intent: 'find_slots', confidence: 0.75 };
  }
  // "hi, any half day care sat morning?": the greeting is not the point.
  if (
    (['greeting', 'thanks', 'affirm', 'help'].includes(intent) || (intent === 'out_of_scope' && confidence < 0.6)) &&
    // (A day that is only when the child reaches an age, "hi, my son is 6 months next week…", is no day asked for.)
    ((slots.dateRange && !slots.dateOfAge) || slots.kind || (slots.partOfDay && !habitualTime(t, slots)) || slots.wantsNearby)
  ) {
    return { intent: 'find_slots', confidence: 0.7 };
  }
  return undefined;
}
