import { findChildMention } from './parseChildren.ts';
import { parseDates } from './parseDates.ts';
import type { ChildMention, Intent, Slots, UnderstandContext } from './types.ts';

/**
 * Booking and children requests the classifier reads as something else, read on the whole message (prepared text):
 * - "delete the booking", "delete 那个 booking", "把那个预约删了": a booking deleted is a cancellation (not a search);
 * - "which children do I have registered?", "我 register 了哪几个 kids?": the children asked for, not a registration;
 * - "我有哪些預約", "我约了哪几个": the family's bookings asked for, not a new booking;
 * - "禮拜天那個預約弄錯了 不是老大 是老二要去", "周六那个 booking 不是 Leo 是 Emma 去": the other child takes the booked
 *   place (a move of that booking to the other child, as asChildSwap reads "换成果果去");
 * - "周日让豆豆去代替果果", "豆豆替哥哥去", "Noah can go instead of Mia on Sunday", "let Leo take Mia's spot": a child
 *   standing in for a sibling who holds a booking (a move of the sibling's booking to the child named first; with no
 *   such booking the move says there is nothing to move and searches);
 * - "can you swap Saturday for Sunday for Mia?": one day's booking moved to the other day.
 * Each is keyed to the kind of request, not to a sentence; undefined when none applies.
 */
export interface BookingChildrenReading {
  intent: Intent;
  slots: Slots;
}

/** How-to questions about these actions stay questions ("how do I delete a booking?", "怎么删除预约"). */
const HOW_TO = /(?<![a-z])(?:how (?:do|can|to|would)|can i|is it possible)(?![a-z])|怎么|如何|怎样|能不能|可以吗|可不可以/;

const DELETE_BOOKING =
  /(?<![a-z])(?:delete|remove|drop|scrap|get rid of)\s+(?:(?:the|that|this|my|our|his|her|[a-z]+'s|那个|这个|那|这)\s*)?(?:(?:saturday|sunday|weekend)(?:'s)?\s+)?(?:booking|reservation|appointment)s?(?![a-z])|(?:删掉|删除|删了|去掉|撤销|撤掉)\s*(?:那个|这个|那|这)?\s*(?:预约|预订|booking)|(?:预约|预订|booking)\s*(?:删掉|删了|删除|去掉|撤销|撤掉)/;

const LIST_CHILDREN =
  /(?<![a-z])(?:which|what|how many) (?:children|kids|child)(?![a-z]).{0,25}(?:(?<![a-z])(?:registered|added|signed up)|on (?:my|the|our) account|do (?:i|we) have)(?![a-z])|register(?:ed)?\s*了\s*(?:哪几个|哪些|几个)\s*(?:kids?|children|孩子|小孩|宝宝)?/;
/** Registering or asking about the rules, not a list: "can I register two kids?", "how many kids can one parent register". */
const NOT_A_LIST = /(?<![a-z])(?:can|could|may) (?:i|we|one)(?![a-z])|\d{4}|出生|生日|born|可以|能/;

const MY_BOOKINGS =
  /^(?:请问)?我(?:们|家)?(?:现在|目前)?(?:都|总共|一共)?(?:有|约了|订了|预约了|约过)(?:哪些|哪几个|几个|什么)(?:预约|预订|场次|booking)?(?:呢|啊)?\s*[?？]?$/;

/** A booking referred to: the child is changed on it, not searched for. */
const BOOKING_REFERRED = /预约|预订|booking|约的|订的|约错|订错|弄错|搞错|那个|那场/;
/** "不是老大 是老二要去", "不是 Leo 是 Emma 去", "不是哥哥 应该是妹妹". */
const NOT_X_BUT_Y = /不是\s*([^\s,，。、]{1,12}?)\s*[,，、]?\s*(?:而是|应该是|是|换成|改成|让)\s*([^\s,，。]{1,12})/;

/**
 * "禮拜六那個預約怎麼掛在小安名下 是要幫小晴約的", "周六那个booking怎么是小宇的名字 我要约的是朵朵", "saturday's booking is under max
 * but it was meant for lily": the booking stands in one child's name (before the words) and was meant for the other (after them).
 */
const IN_NAME_OF = /名下|名字|(?<![a-z])(?:under|in (?:[a-z]+'s|his|her) name)(?![a-z])/;
const MEANT_FOR =
  /是要(?:帮|给|替)|应该(?:是)?(?:帮|给|替)|本来(?:是)?(?:要)?(?:帮|给|替)|我?要约的是|(?<![a-z])(?:(?:was |is )?meant (?:to be )?for|supposed to be for|should (?:have been|be) for|(?:was|is) for)(?![a-z])/;

/**
 * "Y代替X", "Y替X去", "Y顶替X", "Y goes instead of X", "send Y in place of X": the child before the words takes the place of
 * the child after them. ("替换" and "替身" are other words; "instead" with no "of" names no one replaced.)
 */
const STANDS_IN = /代替|顶替|替(?![换代身])|(?<![a-z])(?:instead of|in place of|in (?:his|her) place)(?![a-z])/;
/** "let Leo take Mia's spot", "豆豆去坐果果的位子": the child who takes the place is before, the one whose place it is after. */
const TAKES_PLACE =
  /(?<![a-z])(?:take|takes|have|get|use)\s+(?=[^\s']+'s\s+(?:place|spot|booking|session|slot))|(?:用|占|坐|顶)(?=[^\s，,。]{1,8}的(?:位子|位置|名额|预约))/;

/** The children a stand-in names: who takes the place (before the words) and whose place it was (after them). */
function standsIn(t: string, names: string[]): { before: ChildMention; after: ChildMention } | undefined {
  const m = STANDS_IN.exec(t) ?? TAKES_PLACE.exec(t);
  if (!m) return undefined;
  const taker = findChildMention(t.slice(0, m.index), names);
  const replaced = findChildMention(t.slice(m.index + m[0].length), names);
  if (!taker?.name || !replaced?.name || taker.name.toLowerCase() === replaced.name.toLowerCase()) return undefined;
  return { before: replaced, after: taker };
}

const DAY = '(saturday|sunday|sat|sun)';
const SWAP_DAYS = new RegExp(
  `(?<![a-z])(?:swap|switch|change|move)\\s+(?:(?:her|his|my|our|the|[a-z]+'s)\\s+)?${DAY}(?:'s)?(?:\\s+(?:booking|one|session|place|spot))?\\s+(?:for|to|with)\\s+${DAY}(?![a-z])`,
);

export function readBookingChildren(t: string, ctx: UnderstandContext, slots: Slots): BookingChildrenReading | undefined {
  const names = ctx.childNames ?? [];
  if (DELETE_BOOKING.test(t) && !HOW_TO.test(t)) return { intent: 'cancel', slots: { ...slots } };
  if (LIST_CHILDREN.test(t) && !NOT_A_LIST.test(t)) {
    const { replyName: _r, child: _c, childName: _n, ...kept } = slots;
    return { intent: 'list_children', slots: kept };
  }
  if (MY_BOOKINGS.test(t)) return { intent: 'my_bookings', slots: { ...slots } };
  const standIn = names.length >= 2 && !HOW_TO.test(t) ? standsIn(t, names) : undefined;
  if (standIn) {
    const { namedChildren: _n, correction: _c, negated: _g, orderedChildren: _o, childName: _cn, childrenNotGoing: _x, replyName: _r, ...kept } = slots;
    const oneDay = slots.dateRange && slots.dateRange.from === slots.dateRange.to ? { movedFrom: slots.dateRange } : {};
    return { intent: 'reschedule', slots: { ...kept, movedChild: standIn.before, child: standIn.after, ...oneDay } };
  }
  if (names.length >= 2 && BOOKING_REFERRED.test(t)) {
    const m = NOT_X_BUT_Y.exec(t);
    const before = m ? findChildMention(m[1]!, names) : undefined;
    const after = m ? findChildMention(m[2]!, names) : undefined;
    const differ =
      before && after && (before.name !== undefined || before.birthOrder !== undefined) && (after.name !== undefined || after.birthOrder !== undefined)
        ? before.name !== undefined && after.name !== undefined
          ? before.name.toLowerCase() !== after.name.toLowerCase()
          : before.birthOrder !== after.birthOrder || before.name !== after.name
        : false;
    if (differ) {
      const { namedChildren: _n, correction: _c, negated: _g, orderedChildren: _o, childName: _cn, ...kept } = slots;
      const oneDay = slots.dateRange && slots.dateRange.from === slots.dateRange.to ? { movedFrom: slots.dateRange } : {};
      return { intent: 'reschedule', slots: { ...kept, movedChild: before, child: after, ...oneDay } };
    }
  }
  const meant = names.length >= 2 && BOOKING_REFERRED.test(t) && IN_NAME_OF.test(t) ? MEANT_FOR.exec(t) : null;
  if (meant) {
    const before = findChildMention(t.slice(0, meant.index), names);
    const after = findChildMention(t.slice(meant.index + meant[0].length), names);
    if (before?.name && after?.name && before.name.toLowerCase() !== after.name.toLowerCase()) {
      const { namedChildren: _n, correction: _c, negated: _g, orderedChildren: _o, childName: _cn, ...kept } = slots;
      const oneDay = slots.dateRange && slots.dateRange.from === slots.dateRange.to ? { movedFrom: slots.dateRange } : {};
      return { intent: 'reschedule', slots: { ...kept, movedChild: before, child: after, ...oneDay } };
    }
  }
  const swap = SWAP_DAYS.exec(t);
  if (swap && swap[1]!.slice(0, 3) !== swap[2]!.slice(0, 3)) {
    const from = parseDates(swap[1]!, ctx.now, ctx.timeZone).dateRange;
    const to = parseDates(swap[2]!, ctx.now, ctx.timeZone);
    if (from && to.dateRange) {
      const child = findChildMention(t.replace(swap[0], ' '), names);
      const { namedChildren: _n, childName: _cn, ...kept } = slots;
      return {
        intent: 'reschedule',
        slots: {
          ...kept,
          dateRange: to.dateRange,
          dateText: to.dateText ?? swap[2],
          negated: { ...slots.negated, dateRange: from },
          movedFrom: from,
          ...(child ? { child, movedChild: child } : {}),
        },
      };
    }
  }
  return undefined;
}
