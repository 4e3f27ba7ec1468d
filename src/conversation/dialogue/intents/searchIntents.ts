import type { SearchSlotsArgs } from '../../tools/searchSlotsTool.ts';
import { agesTold } from '../../../nlu/parseAge.ts';
import { BOOKED_WRONG } from '../../../nlu/bookedWrong.ts';
import { citeAgeRule } from './citeAgeRule.ts';
import { tooOldForService } from '../../../booking/serviceAge.ts';
import { talkToStaffAction } from '../../actions/helpActions.ts';
import { hasSearchSlots } from '../../../nlu/understand.ts';
import type { BookingView, Child } from '../../../booking/types.ts';
import { mergeSearch, searchBase } from '../../search/mergeSearch.ts';
import { askForDate, sayChildTooOld, searchPlaces, searchPlacesForChildren } from '../../search/searchPlaces.ts';
import { runSearch, searchForWaitlist } from '../../search/runSearch.ts';
import { askCancelAction, bookAction, bookForChildrenAction, remindWhenOpensAction, waitlistAction } from '../../actions/bookingActions.ts';
import type { SearchSlotsResult } from '../../tools/searchSlotsTool.ts';
import { childByAge, childInFocusAge, familyChildren, findChild } from '../children.ts';
import { bookSameSession, justBooked, offerCancelFirst, samePointItem, startMove } from './moveBooking.ts';
import type { Reply } from '../Reply.ts';
import { childForRequest, type IntentHandler, type Request } from './Request.ts';
import { answerQuestion } from './questionIntents.ts';
import { offerPersonIfOverwhelmed } from '../answers/offerPerson.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { outsidePlace } from '../outsidePlace.ts';
import { neighbourhoodWord } from '../../../nlu/parsePlace.ts';
import { namedStartTime, parseClockTime } from '../../../nlu/parsePartOfDay.ts';
import { sayAfterLastSession } from '../../search/sayAfterLastSession.ts';
import { findNegations } from '../../../nlu/findNegations.ts';
import { prepareText } from '../../../nlu/prepareText.ts';
import { findPointName, pointShortNames } from '../../../nlu/findPointName.ts';
import type { ShownSession } from '../../DialogueState.ts';
import { addDays, localDateOf } from '../../../time/zonedTime.ts';
import type { District } from '../../../domain/xiamenPlaces.ts';
import type { SessionKind } from '../../../domain/serviceKinds.ts';
import { openingTime } from '../../format/formatSlot.ts';

/** What the parent was looking for: the pending search, else the last request. */
export function searchContext(r: Reply): Partial<SearchSlotsArgs> | undefined {
  if (r.state.pending?.type === 'search') return r.state.pending.partial;
  return r.state.lastSearch?.request ?? r.state.lastSearch?.args;
}

/** The request to search for: context refined by this message, for the child it is about. */
async function requestedSearch(r: Reply, q: Request): Promise<Partial<SearchSlotsArgs> | undefined> {
  const found = await childForRequest(r, q);
  if (found.unknown) {
    // "周日下午同安有半日托吗 给老二约" with no second child registered: the search waits for the registration.
    if (r.state.pending?.type === 'register') {
      const { childId: _c, childAgeMonths: _a, ...asked } = mergeSearch(searchBase(searchContext(r), q.slots), q.slots);
      r.state.pending.search = asked;
    }
    return undefined;
  }
  // "宝宝5个月 周六能去半日托吗" from a family whose registered child is two: the age said, far from that child's and with no
  // child named, is the baby asked about (one not registered yet), so the search and its age facts use it.
  const stated = q.slots.childAgeMonths;
  // ("一岁多那个" / "the one-year-old" in a family of several is the child of that age: kept.)
  const describedByAge = stated !== undefined && found.children.length > 1 && childByAge(found.children, stated)?.id === found.child?.id;
  const child =
    found.child && !q.slots.child && !q.slots.childName && !describedByAge && stated !== undefined && Math.abs(stated - found.child.ageMonths) > 2
      ? undefined
      : found.child;
  // A registered child over 3: said, with the child's name, instead of an empty search.
  if (child && tooOldForService(child.ageMonths)) {
    sayChildTooOld(r, child);
    return undefined;
  }
  const base = searchBase(searchContext(r), q.slots);
  const merged = mergeSearch(base, q.slots, child ? undefined : await childInFocusAge(r));
  if (child) {
    merged.childId = child.id;
    merged.childAgeMonths = undefined;
  }
  return merged;
}

/**
 * "老大3岁2个月 老二1岁 周六湖里有位吗": the older child is over 3, so the search goes on for the younger one, after a line
 * saying the older one cannot come (their birth-order words only introduced the ages).
 */
function forYoungerSibling(r: Reply, q: Request): Request {
  if (!(q.slots.ageOutOfRange || tooOldForService(q.slots.childAgeMonths))) return q;
  const inRange = agesTold(prepareText(q.text)).filter((a) => !tooOldForService(a));
  if (inRange.length === 0) return q;
  const younger = Math.min(...inRange);
  r.say(r.w.search.olderSiblingTooOld);
  const { ageOutOfRange: _o, child, ...rest } = q.slots;
  return { ...q, slots: { ...rest, childAgeMonths: younger, ...(child?.name ? { child } : {}) } };
}

/** Children over 3: say who the service is for instead of searching. */
async function tooOld(r: Reply, q: Request): Promise<boolean> {
  const s = q.slots;
  if (!(s.ageOutOfRange || tooOldForService(s.childAgeMonths))) return false;
  r.say(r.w.search.tooOld);
  await citeAgeRule(r, r.w.search.tooOld);
  r.row(r.button(talkToStaffAction, []));
  return true;
}

/** A date that does not exist is said so, never replaced by another day. */
function impossibleDate(r: Reply, q: Request): boolean {
  if (q.slots.dateProblem?.kind !== 'impossible') return false;
  r.say(r.w.search.dateDoesNotExist(q.slots.dateProblem.text));
  const base = searchContext(r) ?? {};
  const { from: _f, to: _t, ...rest } = mergeSearch(base, { ...q.slots, dateRange: undefined });
  askForDate(r, rest);
  return true;
}

/** "3/12" could be 3 December or 12 March: say which reading is searched. */
function sayDateReading(r: Reply, q: Request): void {
  const p = q.slots.dateProblem;
  if (p?.kind === 'ambiguous_date') r.say(r.w.search.dateReadAs(p.text, r.w.format.date(p.readings[0]), r.w.format.date(p.readings[1])));
}

/**
 * "两个娃周日上午都想去湖里", "Olivia 和 Sam 周六都有位置吗": a list per child, each named and searched with
 * that child's age, numbered on from the list before, its buttons booking that child. The children of a
 * request still waiting for its day ("帮 Leo 和 Emma 都 book" … "周六上午湖里") are the ones searched for,
 * unless the parent now names one.
 */
async function searchForEachChild(r: Reply, q: Request): Promise<boolean> {
  const family = await familyChildren(r);
  const pendingIds = r.state.pending?.type === 'search' && !q.slots.child ? (r.state.pending.childIds ?? []) : [];
  // "啊不对 是周日下午" after a list for both children: the corrected search is still for both, unless one is named now.
  const listedFor =
    !q.slots.child && !q.slots.childName && r.state.pending?.type !== 'search' && hasSearchSlots(q.slots) ? (r.state.lastSearch?.childIds ?? []) : [];
  const byOrder = (q.slots.orderedChildren ?? []).map((o) => findChild(family, { birthOrder: o })).filter((c): c is Child => c !== undefined);
  const byName = family.filter((c) => (q.slots.namedChildren ?? []).some((n) => toSimplified(n).toLowerCase() === toSimplified(c.name).toLowerCase()));
  const wanted =
    byOrder.length > 1
      ? [...new Set(byOrder)]
      : byName.length > 0
        ? // "語安跟哥哥都要去": the child named and the one named by birth order.
          [...new Set([...byName, ...byOrder])]
        : q.slots.allChildren
          ? family
          : pendingIds.length
            ? family.filter((c) => pendingIds.includes(c.id))
            : family.filter((c) => listedFor.includes(c.id));
  if (wanted.length < 2 || wanted.length > 3) return false;
  const base = searchBase(searchContext(r), q.slots);
  const { childId: _c, childAgeMonths: _a, ...partial } = mergeSearch(base, q.slots);
  const wantsNearby = Boolean(q.slots.wantsNearby) || (r.state.pending?.type === 'search' && Boolean(r.state.pending.wantsNearby));
  // "给两个孩子都约上", or a day given after "帮 Leo 和 Emma 都 book": one pick books every child the session takes.
  const together = Boolean(q.slots.allChildren) || (r.state.pending?.type === 'search' && Boolean(r.state.pending.together));
  await searchPlacesForChildren(r, partial, wanted, wantsNearby, together);
  return true;
}

export const findSlots: IntentHandler = async (r, asked) => {
  const q = forYoungerSibling(r, asked);
  if ((await tooOld(r, q)) || impossibleDate(r, q)) return;
  // "朵朵也要 同一个" right after 果果 was booked: the same session for 朵朵, not a list for her.
  if (await bookSameSession(r, q)) return;
  // "周六上午那个改到周日上午吧" while a list is on screen: with a booking on the day moved from, it is that booking
  // being moved (read as a search only because a search was under way).
  if (q.slots.movedFrom && !r.state.moving && (await bookedWithin(r, q.slots.movedFrom))) return reschedule(r, { ...q, intent: 'reschedule' });
  // "sorry I booked the wrong day for Emma, I meant next saturday" with a list on screen: the booking made earlier moves
  // (one made a moment ago is the correction's below).
  if (!r.state.moving && BOOKED_WRONG.test(prepareText(q.text)) && !(await justBooked(r))) return reschedule(r, { ...q, intent: 'reschedule' });
  // "我一个人带两个娃快崩溃了，周六能不能帮我看一下孩子": a human word and a person on offer, then the places.
  offerPersonIfOverwhelmed(r, q.text);
  sayDateReading(r, q);
  // A vague "search" with nothing about when, where or what ("can my 10 month old have honey?")
  // is more likely a question: the knowledge base decides.
  if (q.confidence < 0.6 && !hasSearchSlots(q.slots) && !r.state.lastSearch && r.state.pending?.type !== 'search') {
    const probe = await r.ctx.knowledge.search(q.text, { lang: r.lang, k: 1 }).catch(() => []);
    if (probe.length > 0) return answerQuestion(r, q);
  }
  // "the 2:30 one please", "下午一點那個好了" after a list: the session shown at that time is chosen, not searched again.
  if (!asksAboutIt(q.text) && typeof pickByTime(r, q) === 'number') return book(r, { ...q, intent: 'book' });
  // "算了 換承恩去 第一個", "actually make it Jack, book the first one": an item of the list on screen for the child now
  // named (the day, place and time unchanged), not a new list for that child.
  if ((q.slots.ordinal ?? q.slots.pick) !== undefined && r.state.lastSearch?.shown.length && !changesTheSearch(q.slots, shownFor(r)))
    return book(r, { ...q, intent: 'book' });
  if (await searchForEachChild(r, q)) return;
  // "思明那个" after "which of your bookings should I copy?": that booking is the model, for the day asked for then.
  const chosen = modelChosen(r, q);
  const partial = await requestedSearch(r, chosen ? { ...q, slots: { ...q.slots, dateRange: { from: chosen.from, to: chosen.to } } } : q);
  if (!partial) return;
  if (chosen) applyModel({ ...q, slots: { ...q.slots, samePlace: true, sameTime: true } }, partial, chosen.option);
  else if (!sameAsCancelled(r, q, partial) && (await sameAsBooked(r, q, partial))) return;
  await careAtClassesOnlyPoint(r, q, partial);
  await sayNoPointThere(r, q, partial);
  await nearSight(r, q, partial);
  const moveSaid = r.mark();
  const moving = await correctsJustBooked(r, q, partial);
  const wantsNearby = Boolean(q.slots.wantsNearby) || (r.state.pending?.type === 'search' && Boolean(r.state.pending.wantsNearby));
  if ((await sayAfterLastSession(r, q.text, partial)) && !partial.partOfDay) partial.partOfDay = 'afternoon';
  r.askedStartTime = namedStartTime(q.text);
  const listAt = r.mark();
  await searchPlaces(r, partial, wantsNearby && !partial.near && !partial.district);
  // "不好意思 我搞錯了 是週日" just after booking: the correction names only what was wrong, so the booking moves to the
  // same point on the corrected day when it has room there (the list stays on screen for another choice).
  if (moving && (await bookSamePointFirst(r, q, moveSaid, listAt))) return;
  if (moving) offerCancelFirst(r);
  // "算了 还是上午吧 约第一个", "ok the morning then, book the first one": the list asked for is shown, and the item
  // picked from it is booked in the same turn.
  if (!moving && (await booksFromNewList(r, q))) return;
  await askWhoseList(r, partial);
};

/** How long after a cancellation "同一个点同一个时间" still means the booking cancelled. */
const CANCELLED_RECENTLY_MS = 2 * 60 * 60_000;

/**
 * "帮我约下周六 同一个点同一个时间" right after a cancellation: the point, part of day and kind of the booking just
 * cancelled, for the same child, unless the message names its own.
 */
function sameAsCancelled(r: Reply, q: Request, partial: Partial<SearchSlotsArgs>): boolean {
  const gone = r.state.lastCancelled;
  if (!gone || !(q.slots.samePlace || q.slots.sameTime) || r.ctx.now.getTime() - new Date(gone.at).getTime() > CANCELLED_RECENTLY_MS) return false;
  applyModel(q, partial, gone);
  return true;
}

/**
 * "下周六也给乐乐约一个 跟这次一样的", "same as this Saturday but for next Sunday", "Mia也要 same as Leo的那个": with no
 * booking just cancelled, the model is a booking the family still holds — the child's own if they have one, else the
 * family's — on a day other than the one asked for (the earliest such); its point, part of day and kind hold unless the
 * message names its own (round 50).
 */
async function sameAsBooked(r: Reply, q: Request, partial: Partial<SearchSlotsArgs>): Promise<boolean> {
  if (!(q.slots.samePlace || q.slots.sameTime)) return false;
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  const held = list.upcoming
    .filter(
      (v) => (v.status === 'confirmed' || v.status === 'held') && !(partial.from && partial.to && v.localDate >= partial.from && v.localDate <= partial.to),
    )
    .sort((a, b) => (a.localDate + a.startTime).localeCompare(b.localDate + b.startTime));
  const own = partial.childId === undefined ? [] : held.filter((v) => v.childId === partial.childId);
  const model = own[0] ?? held[0];
  if (!model) return false;
  const asModel = (v: BookingView) => ({
    pointCode: v.point.code,
    district: v.point.district,
    partOfDay: (v.startTime < '12:00' ? 'morning' : 'afternoon') as 'morning' | 'afternoon',
    kind: v.kind,
    childId: v.childId,
    localDate: v.localDate,
  });
  // "下周六也跟上次一样" with two bookings held that differ in place or time (and none named now): which one is asked, the
  // day kept for the answer ("思明那个") — not the earliest taken unasked (round 51).
  const pool = (own.length ? own : held).slice(0, 4);
  const differ = new Set(pool.map((v) => `${v.point.code}|${asModel(v).partOfDay}|${v.kind}`)).size > 1;
  const ownWords = Boolean(q.slots.district || q.slots.neighbourhood || q.slots.pointCode || partial.near || q.slots.partOfDay);
  if (differ && !ownWords && partial.from && partial.to) {
    r.state.modelChoice = { from: partial.from, to: partial.to, childId: partial.childId, options: pool.map(asModel), at: r.ctx.now.toISOString() };
    const described = pool.map((v) =>
      r.w.booking.modelOption({
        district: r.w.format.district(v.point.district),
        date: r.w.format.date(v.localDate),
        part: r.w.format.partOfDay(asModel(v).partOfDay),
      }),
    );
    r.say(r.w.booking.whichModel(described.join(r.lang === 'en' ? '; ' : '；')));
    return true;
  }
  applyModel(q, partial, asModel(model));
  return false;
}

/** How long "which booking should I copy?" stays the question a place or day answers. */
const MODEL_CHOICE_MS = 30 * 60_000;

/**
 * The booking named in answer to "which one should I copy?" ("思明那个", "the afternoon one", "the Sunday one"): the one
 * option the message's place, part of day or day fits, with the day asked for then. The question is dropped either way.
 */
function modelChosen(r: Reply, q: Request): { from: string; to: string; option: NonNullable<Reply['state']['modelChoice']>['options'][number] } | undefined {
  const choice = r.state.modelChoice;
  if (!choice) return undefined;
  r.state.modelChoice = undefined;
  if (r.ctx.now.getTime() - new Date(choice.at).getTime() > MODEL_CHOICE_MS) return undefined;
  const s = q.slots;
  const placeOrPart = Boolean(s.district || s.pointCode || s.partOfDay);
  const fits = choice.options.filter(
    (o) =>
      (!s.district || o.district === s.district) &&
      (!s.pointCode || o.pointCode === s.pointCode) &&
      (!s.partOfDay || o.partOfDay === s.partOfDay) &&
      (placeOrPart || (s.dateRange !== undefined && o.localDate >= s.dateRange.from && o.localDate <= s.dateRange.to)),
  );
  if (fits.length !== 1 || !(placeOrPart || s.dateRange)) return undefined;
  return { from: choice.from, to: choice.to, option: fits[0]! };
}

/** The point, part of day, kind and child of the booking taken as the model, where the message names none of its own. */
function applyModel(
  q: Request,
  partial: Partial<SearchSlotsArgs>,
  gone: { pointCode: string; district: District; partOfDay: 'morning' | 'afternoon'; kind: SessionKind; childId: number },
): void {
  if (q.slots.samePlace && !q.slots.district && !q.slots.neighbourhood && !q.slots.pointCode && !partial.near) {
    partial.pointCode = gone.pointCode;
    partial.district = gone.district;
  }
  if (q.slots.sameTime && !q.slots.partOfDay) partial.partOfDay = gone.partOfDay;
  if (q.slots.sameTime && !q.slots.kind) partial.kind = gone.kind;
  if (partial.childId === undefined && !q.slots.child && !q.slots.childName) {
    partial.childId = gone.childId;
    partial.childAgeMonths = undefined;
  }
}

/** A booking word with a pick ("约第一个", "book the first") beside a changed search: that item of the new list. */
const BOOK_WORD = /约|約|订|訂|(?<![a-z])(?:book|take|reserve)(?![a-z])/i;

async function booksFromNewList(r: Reply, q: Request): Promise<boolean> {
  const n = q.slots.pick ?? q.slots.ordinal;
  // (Called once the new list is on screen: whether the words asked for a new list at all.)
  if (n === undefined || !changesTheSearch(q.slots) || !BOOK_WORD.test(q.text)) return false;
  const shown = r.state.lastSearch?.shown ?? [];
  if (shown.length < n || shown[n - 1]!.bookable === false) return false;
  await book(r, { ...q, intent: 'book', slots: { ...q.slots, ordinal: n } });
  return true;
}

/**
 * A list found for no child in particular in a family of several ("周日上午思明有位置没" with 安安 and 乐乐
 * registered): which child it is for is asked, since the places that fit depend on the child's age; "小的" or a
 * name then searches again for that child.
 */
async function askWhoseList(r: Reply, partial: Partial<SearchSlotsArgs>): Promise<void> {
  if (partial.childId !== undefined || partial.childAgeMonths !== undefined || r.state.child) return;
  if (r.state.pending || !r.state.lastSearch?.shown.length) return;
  const family = await familyChildren(r);
  if (family.length < 2) return;
  r.say(r.w.children.whichChild(r.w.format.list(family.map((c) => c.name))));
}

/**
 * "哎呀说错了 是周六上午", "sorry, I meant Sunday" right after a booking was made: the correction is about that
 * booking, so booking the corrected session moves it (the one just made is cancelled once the new one is held).
 */
async function correctsJustBooked(r: Reply, q: Request, partial: Partial<SearchSlotsArgs>): Promise<boolean> {
  // "不对 我要的是上午 下午她要睡午觉": a part of a message read on its own still says it corrects.
  if (!(q.slots.correction || findNegations(prepareText(q.text)).correction) || r.state.moving) return false;
  const recent = await justBooked(r);
  if (!recent) return false;
  if (partial.childId !== undefined && partial.childId !== recent.childId) {
    // "搞错了 应该是给果果约的", "it should be for Leo not Mia": the booking just made goes to the other child.
    startMove(r, recent, partial.childId, recent.childName);
    return true;
  }
  const part = recent.startTime < '12:00' ? 'morning' : 'afternoon';
  const same =
    (!partial.from || (partial.from <= recent.localDate && recent.localDate <= (partial.to ?? partial.from))) &&
    (!partial.district || partial.district === recent.point.district) &&
    (!partial.pointCode || partial.pointCode === recent.point.code) &&
    (!partial.partOfDay || partial.partOfDay === part);
  if (same) return false;
  startMove(r, recent, recent.childId, recent.childName);
  return true;
}

/** Whether the family holds a confirmed booking on a day of the range. */
async function bookedWithin(r: Reply, range: { from: string; to: string }): Promise<boolean> {
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  return list.upcoming.some((v) => v.status === 'confirmed' && v.localDate >= range.from && v.localDate <= range.to);
}

/** Words that ask for other sessions than the ones on screen (another day, place, time of day or kind). */
/**
 * Whether the words ask for other sessions than the list on screen: a day, place, part of day or kind the list was not
 * already for ("那就下午第一个吧" under the afternoon list picks from it; "算了 还是上午吧 约第一个" under it does not).
 */
function changesTheSearch(s: Request['slots'], shownFor?: Partial<SearchSlotsArgs>): boolean {
  if (!shownFor) return Boolean(s.dateRange || s.district || s.neighbourhood || s.pointCode || s.partOfDay || s.kind || s.classTitle || s.wantsNearby);
  return Boolean(
    (s.dateRange && (s.dateRange.from !== shownFor.from || s.dateRange.to !== shownFor.to)) ||
      (s.district && s.district !== shownFor.district) ||
      (s.pointCode && s.pointCode !== shownFor.pointCode) ||
      (s.partOfDay && s.partOfDay !== shownFor.partOfDay) ||
      (s.kind && s.kind !== shownFor.kind) ||
      s.neighbourhood ||
      s.classTitle ||
      s.wantsNearby,
  );
}

/** What the list on screen was searched for, as the parent asked it. */
function shownFor(r: Reply): Partial<SearchSlotsArgs> | undefined {
  const last = r.state.lastSearch;
  return last ? (last.request ?? last.args) : undefined;
}

/**
 * "yes please" / "sure, book it" to a list of one session: that session is booked (for the child the list was for);
 * a bare "ok" / "好的" is an acknowledgement and gets how to pick. False when the list is not one session.
 */
export async function bookTheOnlyOne(r: Reply, q: Request): Promise<boolean> {
  const shown = r.state.lastSearch?.shown ?? [];
  if (shown.length !== 1 || shown[0]!.bookable === false) return false;
  const bare = /^\s*(?:ok(?:ay)?|k|好(?:的|吧|啊|滴)?|嗯+|哦+|行|收到|知道了|了解|明白|got it|i see|cool|fine|alright|sure thing)\s*[.!。！~～]*\s*$/i;
  if (bare.test(q.text)) return false;
  // Already booked from this list: a second "yes" is not a second booking.
  if ((await justBooked(r))?.sessionId === shown[0]!.sessionId) return false;
  await book(r, { ...q, intent: 'book', slots: { ...q.slots, ordinal: 1 } });
  return true;
}

/** A question about a session ("两点半那场还有位吗", "is the 2:30 one still free?"), not a choice of it. */
function asksAboutIt(text: string): boolean {
  return /[?？吗嗎呢]|有没有|有沒有|还有位|還有位|(?<![a-z])(?:is|are|any|does|do)(?![a-z])/i.test(text);
}

/** Words that choose one of the sessions on screen ("…那个", "the … one", "就约…"), not ask for a kind again. */
const KIND_PICKED = /那个|那個|那场|那場|那节|那節|的吧|就(?:约|約|订|訂|要|选|選)|(?<![a-z])(?:one|that|book|take)(?![a-z])/i;

/** Words that choose the session of a part of day on screen ("上午那个", "the morning one"), not ask for that part again. */
const PART_PICKED =
  /(?:上午|下午|早上|中午)\s*的?\s*(?:那个|那個|那场|那場|那节|那節|那一个|那一個|那一场|那一場)|(?<![a-z])(?:the|that) (?:morning|afternoon) (?:one|session|slot|class)(?![a-z])/i;

/**
 * The session a parent picks from the shown list by its start time ("两点半那个", "下午一點那個", "the 2:30 one",
 * "Jiangtou at 2:30") or its kind ("the half day one please", "临时托那个吧"): the one shown starting then or of that
 * kind (at the point or on the day named, when one is); several when more than one fits.
 */
function pickByTime(r: Reply, q: Request): number | ShownSession[] | undefined {
  const shown = r.state.lastSearch?.shown ?? [];
  if (shown.length === 0 || q.slots.ordinal !== undefined || q.slots.pick !== undefined) return undefined;
  const s = q.slots;
  const time = parseClockTime(q.text);
  // "the half day one please", "临时托那个吧": the kind shown, when the words pick rather than ask for it again.
  const kind = !time && s.kind && s.kind !== 'trial_class' && KIND_PICKED.test(q.text) ? r.w.format.service(s.kind) : undefined;
  // "the morning one at Wuyuan Bay please", "上午那个": the part of day shown, picked the same way.
  const part = !time && !kind && s.partOfDay && PART_PICKED.test(q.text) ? s.partOfDay : undefined;
  if (!time && !kind && !part) return undefined;
  const inPart = (label: string) => {
    const start = /(\d{1,2}):\d{2}–/.exec(label);
    return start !== null && Number(start[1]) < 12 === (part === 'morning');
  };
  const at = shown.filter(
    (x) =>
      (time ? x.label.includes(`${time}–`) : kind ? x.label.includes(kind) : inPart(x.label)) &&
      (!s.pointCode || x.pointCode === s.pointCode) &&
      (!s.district || !x.district || x.district === s.district) &&
      (!s.dateRange || !x.localDate || (x.localDate >= s.dateRange.from && x.localDate <= s.dateRange.to)),
  );
  if (at.length === 1) return at[0]!.sessionId;
  return at.length > 1 ? at : undefined;
}

/** The session a parent picks from the shown list: by number, by its start time, or by the place's name. */
function pickFromList(r: Reply, q: Request): number | 'several' | ShownSession[] | undefined {
  const shown = r.state.lastSearch?.shown ?? [];
  if (shown.length === 0) return undefined;
  const n = q.slots.ordinal ?? q.slots.pick;
  if (n !== undefined) {
    const idx = n < 0 ? shown.length + n : n - 1;
    return shown[idx]?.sessionId;
  }
  const byTime = pickByTime(r, q);
  if (byTime !== undefined) return byTime;
  // "那Chloe约周日上午江头" after a list of Sunday-afternoon sessions: a point named with another day or part of day asks
  // for a new session there, not the one on screen (which may be full, and would queue the child for the wrong time).
  const lastPart = r.state.lastSearch?.request?.partOfDay ?? r.state.lastSearch?.args.partOfDay;
  if (q.slots.partOfDay && lastPart && q.slots.partOfDay !== lastPart) return undefined;
  const range = q.slots.dateRange;
  if (range && shown.every((x) => x.localDate !== undefined && (x.localDate < range.from || x.localDate > range.to))) return undefined;
  if (q.slots.pointCode) {
    const atPoint = shown.filter((x) => x.pointCode === q.slots.pointCode);
    if (atPoint.length === 1) return atPoint[0]!.sessionId;
    if (atPoint.length > 1) return 'several';
  }
  const nb = q.slots.neighbourhood;
  if (nb) {
    const names = [nb.zh.replace(/(街道|镇)$/, ''), nb.en.replace(/ Subdistrict$/, '')].map((x) => x.toLowerCase());
    const matches = shown.filter((x) => names.some((name) => name && x.label.toLowerCase().includes(name)));
    if (matches.length === 1) return matches[0]!.sessionId;
    if (matches.length > 1) return 'several';
  }
  if (!hasSearchSlots(q.slots) && shown.filter((x) => x.bookable !== false || x.free === 0).length === 1)
    return shown.find((x) => x.bookable !== false || x.free === 0)!.sessionId;
  return undefined;
}

export const book: IntentHandler = async (r, q) => {
  const w = r.w;
  if ((await tooOld(r, q)) || impossibleDate(r, q)) return;
  if (await bookSameSession(r, q)) return;
  const picked = pickFromList(r, q);
  if (picked === 'several' || Array.isArray(picked)) {
    const nb = q.slots.neighbourhood;
    const names = nb ? [nb.zh.replace(/(街道|镇)$/, ''), nb.en].map((x) => x.toLowerCase()) : [];
    const matches = Array.isArray(picked)
      ? picked
      : r.state.lastSearch!.shown.filter((x) =>
          q.slots.pointCode ? x.pointCode === q.slots.pointCode : names.some((name) => x.label.toLowerCase().includes(name)),
        );
    // Several points start at the time named: which of them (each button names its place).
    r.say(Array.isArray(picked) ? w.search.whichFromList : w.search.severalThere);
    const caption = (m: ShownSession) => (Array.isArray(picked) ? m.label.slice(0, 24) : (m.when ?? m.label.slice(-24)));
    r.row(...matches.slice(0, 4).map((m) => r.button(m.free === 0 ? waitlistAction : bookAction, [m.sessionId] as [number, number?], caption(m))));
    return;
  }
  if (picked !== undefined && q.slots.allChildren) {
    // "两个孩子都约第一个": one booking per registered child, each confirmed (or refused with its reason).
    const children = await familyChildren(r);
    if (children.length === 0) return bookAction.run(r, [picked]);
    const shown = r.state.lastSearch!.shown.find((x) => x.sessionId === picked);
    const action = shown?.free === 0 ? waitlistAction : bookAction;
    for (const c of children) await action.run(r, [picked, c.id]);
    r.state.child = undefined;
    return;
  }
  // "book五缘湾那个", "第二个" typed under one list shown for several children (its buttons book each of them): the same.
  const last = r.state.lastSearch;
  const listedFor = last && last.args.childId === undefined ? (last.childIds ?? []) : [];
  if (picked !== undefined && listedFor.length > 1 && !q.slots.child && !q.slots.childName && !q.slots.namedChildren?.length) {
    const shown = r.state.lastSearch!.shown.find((x) => x.sessionId === picked);
    if (shown?.free === 0) {
      for (const id of listedFor) await waitlistAction.run(r, [picked, id]);
      return;
    }
    return bookForChildrenAction.run(r, [picked, ...listedFor]);
  }
  if (picked !== undefined) {
    const { child, unknown } = await childForRequest(r, q);
    if (unknown) return;
    const shown = r.state.lastSearch!.shown.find((x) => x.sessionId === picked);
    // Picking a session shown as full means its waitlist.
    const action = shown?.free === 0 ? waitlistAction : bookAction;
    return action.run(r, child ? [picked, child.id] : [picked]);
  }
  const n = q.slots.ordinal ?? q.slots.pick;
  if (n !== undefined && r.state.lastSearch) {
    r.say(w.search.noSuchItem(n));
    return;
  }
  // "actually, book it for both of them" after a list for one child: the same search, for every child (below). "Yes
  // please, both" / "好的 两个都要" after a list already shown for all of them: which one, with buttons that book each child.
  const listedForAll = Boolean(last?.childIds && last.childIds.length > 1 && last.args.childId === undefined);
  // "那就兩個小的 幫他們約": two children of several named now are searched for (below), not the list on screen for all.
  const namesSome = Boolean(q.slots.orderedChildren?.length || q.slots.namedChildren?.length);
  if (last && !hasSearchSlots(q.slots) && !q.slots.child && !namesSome && (!q.slots.allChildren || listedForAll)) {
    // "那能不能先帮我占个位", "so I can't book it yet?" under a list of sessions not open yet: none of them can be held now —
    // said again with when booking opens, and the reminder offered, instead of "which one from the list".
    if (sayStillNotOpen(r, last.shown)) return;
    const forAll = last.childIds && last.args.childId === undefined ? last.childIds : undefined;
    const names = forAll ? (await familyChildren(r)).filter((c) => forAll.includes(c.id)).map((c) => c.name) : [];
    r.say(names.length > 1 ? w.search.whichFromListFor(w.format.list(names)) : w.search.whichFromList);
    offerListButtons(r);
    return;
  }
  return findSlots(r, q);
};

/** A list of sessions none of which is open for booking yet: when the first opens, with a reminder button for each. */
function sayStillNotOpen(r: Reply, shown: ShownSession[]): boolean {
  const now = r.ctx.now.getTime();
  if (shown.length === 0 || !shown.every((x) => x.opensAt !== undefined && x.opensAt * 60_000 > now)) return false;
  const first = Math.min(...shown.map((x) => x.opensAt!));
  r.say(r.w.search.stillNotOpen(openingTime(new Date(first * 60_000), r.w, r.ctx.timeZone)));
  r.row(...shown.slice(0, 4).map((x, i) => r.button(remindWhenOpensAction, [x.sessionId, x.opensAt!], r.w.search.remindMe(i + 1))));
  return true;
}

/**
 * "Great, book both" / "好 约吧" with no session picked: the list's buttons again under the question, so one tap books
 * (for every child the list was shown for), instead of sending the parent back up the chat.
 */
function offerListButtons(r: Reply): void {
  const last = r.state.lastSearch!;
  // One list for all of them (no child in its search): each button books every child; a child's own list books that child.
  const forAll = last.childIds && last.childIds.length > 1 && last.args.childId === undefined ? last.childIds : undefined;
  // Lists per child shown together hold several children's sessions: no child in their buttons (the tap asks whose).
  const one = (last.args.childId !== undefined && !last.childIds ? [last.args.childId] : []) as [number?];
  const buttons = last.shown.slice(0, 8).flatMap((x, i) => {
    if (x.bookable === false && x.free > 0) return [];
    if (x.free === 0) return [r.button(waitlistAction, [x.sessionId, ...one] as [number, number?], r.w.search.waitlistN(i + 1))];
    return [
      forAll
        ? r.button(bookForChildrenAction, [x.sessionId, ...forAll], r.w.search.bookN(i + 1))
        : r.button(bookAction, [x.sessionId, ...one] as [number, number?], r.w.search.bookN(i + 1)),
    ];
  });
  if (buttons.length) r.grid(buttons);
}

export const joinWaitlist: IntentHandler = async (r, q) => {
  const shown = r.state.lastSearch?.shown ?? [];
  const n = q.slots.ordinal ?? q.slots.pick;
  const picked = n !== undefined ? shown[n < 0 ? shown.length + n : n - 1]?.sessionId : shown.length === 1 ? shown[0]!.sessionId : undefined;
  const sessionId = picked ?? (r.state.pending?.type === 'offer_waitlist' ? r.state.pending.sessionId : undefined);
  if (sessionId && q.slots.allChildren) {
    // "两个都排队", "put both kids on the waitlist": a place in the queue for each child.
    const children = await familyChildren(r);
    if (children.length > 1) {
      for (const c of children) await waitlistAction.run(r, [sessionId, c.id]);
      return;
    }
  }
  const { child, unknown } = await childForRequest(r, q);
  if (unknown) return;
  if (sessionId) return waitlistAction.run(r, child ? [sessionId, child.id] : [sessionId]);
  const partial = mergeSearch(searchContext(r) ?? {}, q.slots, child ? undefined : await childInFocusAge(r));
  if (child) partial.childId = child.id;
  if (!partial.from || !partial.to) {
    r.say(r.w.search.whichWaitlistDay);
    return askForDate(r, partial);
  }
  return searchForWaitlist(r, partial as SearchSlotsArgs);
};

/**
 * "开放了提醒我" / "remind me when booking opens": a reminder for the first
 * session shown that is not open yet; with none shown, what the rules say.
 */
export const remindOpening: IntentHandler = async (r, q) => {
  const last = r.state.lastSearch;
  // The list just shown says when each session opens: the reminder is set from it, with no new search.
  const n = q.slots.ordinal ?? q.slots.pick;
  const notOpen = (last?.shown ?? []).filter((x) => x.opensAt !== undefined && x.opensAt * 60_000 > r.ctx.now.getTime());
  const chosen = n !== undefined ? last?.shown[n < 0 ? last.shown.length + n : n - 1] : notOpen[0];
  if (chosen?.opensAt !== undefined) return remindWhenOpensAction.run(r, [chosen.sessionId, chosen.opensAt]);
  // "12月12号思明上午 开放了提醒我", "ping me when Dec 12 opens": the day is in the request itself. Its places are
  // looked up (the list says when booking opens) and the reminder is set from the first not open yet.
  // A day inside the booking window ("明天提醒我" = remind me tomorrow) is when to be reminded, not the day asked for.
  const horizon = addDays(localDateOf(r.ctx.now, r.ctx.timeZone), r.ctx.rules.opensDaysAhead);
  if (q.slots.dateRange && q.slots.dateRange.to > horizon && n === undefined) {
    await findSlots(r, { ...q, intent: 'find_slots' });
    const shown = r.state.lastSearch?.shown ?? [];
    const first = shown.find((x) => x.opensAt !== undefined && x.opensAt * 60_000 > r.ctx.now.getTime());
    if (first?.opensAt !== undefined) await remindWhenOpensAction.run(r, [first.sessionId, first.opensAt]);
    return;
  }
  if (last) {
    const run = await r.tool<SearchSlotsResult>('search_slots', { ...last.args, offset: undefined });
    const first = run.result?.results.find((s) => !s.bookable && s.free > 0 && new Date(s.bookingOpensAt) > r.ctx.now);
    if (first) return remindWhenOpensAction.run(r, [first.sessionId, Math.floor(new Date(first.bookingOpensAt).getTime() / 60_000)]);
  }
  return answerQuestion(r, q);
};

/** "还有别的吗" / "more": the next page of the last results. */
export const more: IntentHandler = async (r) => {
  const last = r.state.lastSearch;
  if (!last) return askForDate(r, {});
  return runSearch(r, { ...last.args, offset: last.shown.length });
};

/**
 * Moving a booking ("周六的取消，改成周日上午", "cancel Mia's Saturday and book Leo Sunday instead", "还是改成下午好了"):
 * the booking moved is the one on the day (and of the child) named, else the one just made, else the only one;
 * the new search keeps what the parent did not change (district, day, part of day). The old booking is cancelled
 * once the new one is booked, never before, so the family never ends up with neither.
 */
/** How a move is done, asked ("是要先取消再重新约吗", "怎么改", "do I have to cancel first?"): the rule answers, whatever is booked. */
const HOW_TO_MOVE =
  /先取消|再(?:重新)?(?:约|預約|约一次)|(?:约|預約|预约|订|訂|book)(?:了)?\s*(?:以后|之后|以後|之後|后|後)?(?:还)?(?:可以|能|可不可以|能不能)改|改(?:时间|時間|日期)(?:吗|嗎|么|麼)|怎么改|怎麼改|如何改|怎样改|怎樣改|流程|步骤|步驟|是要|需要先|要先|(?<![a-z])(?:how do (?:i|we)|how can (?:i|we)|do (?:i|we) (?:have|need) to|should (?:i|we) cancel)(?![a-z])/i;

/**
 * A correction of the booking just made, whose corrected list has room at the same point: that session is booked (the old
 * booking cancelled by the move), and the booking and the cancellation are said first, the list they came from after them.
 * The line said when the move began (offering to cancel first) no longer holds and is taken back. False when the point
 * has no room in the list.
 */
async function bookSamePointFirst(r: Reply, q: Request, moveSaid: number, listAt: number): Promise<boolean> {
  const samePoint = samePointItem(r);
  if (samePoint === undefined) return false;
  let listStart = listAt;
  if (r.mark() > moveSaid) {
    r.unsayAt(moveSaid);
    if (moveSaid < listStart) listStart--;
  }
  const bookedAt = r.mark();
  await book(r, { ...q, intent: 'book', slots: { ...q.slots, ordinal: samePoint } });
  r.bringForward(listStart, bookedAt);
  return true;
}

/** A move asked in so many words ("改成周日", "改到下周六", "move it to Sunday"). */
const MOVE_ASKED = /改成|改到|改去|换成|换到|换去|挪到|调到|移到|(?<![a-z])(?:move|change|switch|swap)(?![a-z])/;

export const reschedule: IntentHandler = async (r, q) => {
  const list = await r.ctx.booking.listBookings(r.ctx.userId, { includePast: false }).catch(() => ({ upcoming: [] as BookingView[] }));
  const active = list.upcoming.filter((v) => v.status === 'confirmed');
  if (active.length === 0) {
    // "周六上午约的那个 能不能改到下午", "我想把周六的预约改到周日" with nothing booked: the parent is told there is nothing to move
    // (and that a booking made by phone or at the point is changed there), and offered the new day's places; a general
    // question ("预约了还能改时间吗") is answered from the rules.
    const s = q.slots;
    if (!(s.movedFrom || s.negated?.dateRange || s.dateRange || s.partOfDay) || HOW_TO_MOVE.test(q.message ?? q.text)) return answerQuestion(r, q);
    r.say(r.w.booking.nothingToMove);
    const target: Partial<SearchSlotsArgs> = mergeSearch({}, { ...s, ...(s.dateRange ? {} : s.movedFrom ? { dateRange: s.movedFrom } : {}) });
    if (target.from || target.partOfDay || target.district) await runSearch(r, target as SearchSlotsArgs);
    return;
  }
  const { child, unknown } = await childForRequest(r, q);
  if (unknown) return;
  const family = await familyChildren(r);
  const movedChild = q.slots.movedChild ? findChild(family, q.slots.movedChild) : child;
  const from = q.slots.movedFrom;
  const recent = await justBooked(r);
  const candidates = active.filter((v) => (!from || (v.localDate >= from.from && v.localDate <= from.to)) && (!movedChild || v.childId === movedChild.id));
  const old =
    (candidates.length === 1 ? candidates[0] : undefined) ??
    (recent && candidates.some((v) => v.id === recent.id) ? recent : undefined) ??
    (candidates.length === 0 && active.length === 1 ? active[0] : undefined);
  if (!old) {
    // Several bookings could be meant: the parent picks the one to move.
    r.say(r.w.booking.whichToCancel);
    r.grid(
      (candidates.length ? candidates : active)
        .slice(0, 6)
        .map((v) => r.button(askCancelAction, [v.id], r.w.booking.cancelRef(`${v.refCode} ${v.childName} ${r.w.format.date(v.localDate)}`))),
      2,
    );
    return;
  }
  const newChild = child ?? family.find((c) => c.id === old.childId);
  const kept: Partial<SearchSlotsArgs> = {
    district: old.point.district,
    from: old.localDate,
    to: old.localDate,
    partOfDay: old.startTime < '12:00' ? 'morning' : 'afternoon',
  };
  // A new day keeps the part of day unless it is named; a new part of day keeps the day.
  const partial = mergeSearch(kept, q.slots);
  // "改約週日下午 一樣在五緣灣", "还是嘉莲", "same place": the new session is looked for at that point only.
  const point = q.slots.pointCode ? undefined : await pointNamedForMove(r, q.text, old, Boolean(q.slots.samePlace));
  if (point && (!q.slots.district || q.slots.district === point.district)) {
    partial.pointCode = point.code;
    partial.district = point.district;
  }
  if (newChild) {
    partial.childId = newChild.id;
    partial.childAgeMonths = undefined;
  }
  const moveSaid = r.mark();
  startMove(r, old, newChild?.id ?? old.childId, old.childName);
  // "换成果果去", "send Leo instead": another child takes the place, so the same day, place and part of day are searched for them.
  const otherChild = newChild !== undefined && newChild.id !== old.childId;
  // 「欸 剛剛訂錯天了 是禮拜天才對」 right after booking: a correction of the booking just made, as findSlots' (round 52).
  // (A move asked in so many words — "周六的取消，改成周日上午", "周日的改到下周六上午" — is a choice, not a mistake: its list comes
  // with the confirm-in-order button, as before.)
  const prepared = prepareText(q.text);
  const corrects =
    !otherChild &&
    recent?.id === old.id &&
    !MOVE_ASKED.test(prepared) &&
    (Boolean(q.slots.correction) || findNegations(prepared).correction || BOOKED_WRONG.test(prepared));
  // "不是老大 是老二要去": the very place booked, at the same point, unless another place is named.
  if (otherChild && !q.slots.district && !q.slots.neighbourhood && !q.slots.pointCode) partial.pointCode = old.point.code;
  if (
    otherChild ||
    q.slots.dateRange ||
    q.slots.weekShift ||
    q.slots.partOfDay ||
    q.slots.district ||
    q.slots.neighbourhood ||
    q.slots.pointCode ||
    q.slots.kind
  ) {
    const listAt = r.mark();
    await runSearch(r, partial as SearchSlotsArgs);
    // (…it names only what was wrong, so the booking moves to the same point when the corrected list has room there.)
    if (corrects && (await bookSamePointFirst(r, q, moveSaid, listAt))) return;
  } else {
    r.say(r.w.booking.rescheduleWhich);
    r.state.pending = { type: 'search', partial: { district: old.point.district, ...(newChild ? { childId: newChild.id } : {}) } };
  }
  offerCancelFirst(r);
};

/**
 * The point a move names ("一樣在五緣灣", "还是嘉莲") or keeps ("same place", "还是原来那个地方": the old booking's point),
 * read from the words when the request's own slots lost it.
 */
/**
 * "厦港那个点 周六上午能把孩子放那边吗", "can I drop her at the Xiagang point?": care asked at a point that runs classes
 * only is asked as its half-day care, so the search says the point offers none and lists the district's points that do —
 * not the point's class as if it were the care asked for (round 54). The first look is the request itself as understood
 * (half-day care there on the day asked); only when that finds nothing does it look whether the point has any care at all.
 */
async function careAtClassesOnlyPoint(r: Reply, q: Request, partial: Partial<SearchSlotsArgs>): Promise<void> {
  if (!q.slots.wantsCare || !partial.pointCode || partial.kind || partial.classTitle || !partial.from || !partial.to) return;
  const count = async (args: Partial<SearchSlotsArgs>) =>
    (await r.tool<SearchSlotsResult>('search_slots', { ...args, includeFull: true })).result?.results.length;
  if ((await count({ ...partial, kind: 'half_day' })) !== 0) return;
  const today = localDateOf(r.ctx.now, r.ctx.timeZone);
  const window = { from: today, to: addDays(today, r.ctx.rules.opensDaysAhead), pointCode: partial.pointCode };
  if ((await count({ ...window, kind: 'half_day' })) === 0 && (await count({ ...window, kind: 'temporary_care' })) === 0 && ((await count(window)) ?? 0) > 0)
    partial.kind = 'half_day';
}

async function pointNamedForMove(
  r: Reply,
  text: string,
  old: BookingView,
  samePlace: boolean,
): Promise<{ code: string; district: BookingView['point']['district'] } | undefined> {
  const t = prepareText(text);
  const points = await r.ctx.points.findPoints({ limit: 100 }).catch(() => []);
  const code = findPointName(
    t,
    points.map((p) => ({ code: p.code, names: pointShortNames(p) })),
  );
  const named = code ? points.find((p) => p.code === code) : undefined;
  if (named) return { code: named.code, district: named.district };
  if (samePlace) return { code: old.point.code, district: old.point.district };
  return undefined;
}

/**
 * "机场附近有 daycare 吗", "anything near the ferry?": care near a place outside the service that the place lexicon does
 * not name as a neighbourhood is searched near it, in its district, said first to have no point of its own (rather than
 * asking the parent to share where they are).
 */
async function nearSight(r: Reply, q: Request, partial: Partial<SearchSlotsArgs>): Promise<void> {
  if (!q.slots.wantsNearby || partial.near || partial.district || partial.pointCode) return;
  const sight = outsidePlace(normalizeText(toSimplified(q.text)));
  const district = sight?.place.district;
  if (!sight || !district) return;
  partial.district = district;
  const nb = sight.place.neighbourhood;
  if (nb) partial.near = { latitude: nb.latitude, longitude: nb.longitude };
  // (Never a place said to have no point when one is in its neighbourhood: the airport's 殿前 has one.)
  const points = await r.ctx.points.findPoints({ limit: 100 }).catch(() => []);
  const own = nb !== undefined && points.some((p) => p.neighbourhoodZh === nb.zh);
  r.say(own ? r.w.menu.nearSight(sight.kind, sight.word) : r.w.menu.noPointAtSight(sight.kind, sight.word, r.w.format.district(district)));
}

/**
 * A search near a neighbourhood or landmark that has no point of its own ("鼓浪屿有没有点"): said first, so the list of
 * the nearest points is not read as points there (never let a place seem to have a point it has not).
 */
async function sayNoPointThere(r: Reply, q: Request, partial: Partial<SearchSlotsArgs>): Promise<void> {
  const nb = q.slots.neighbourhood;
  if (!nb || q.slots.pointCode || partial.pointCode || !partial.near) return;
  const points = await r.ctx.points.findPoints({ limit: 100 }).catch(() => undefined);
  if (!points || points.some((p) => p.neighbourhoodZh === nb.zh)) return;
  const word = neighbourhoodWord(toSimplified(q.text)) ?? (r.lang === 'en' ? nb.en : nb.zh);
  r.say(r.w.search.noPointThere(/^[a-z]/.test(word) ? word.replace(/(^|\s)[a-z]/g, (c) => c.toUpperCase()) : word));
}
