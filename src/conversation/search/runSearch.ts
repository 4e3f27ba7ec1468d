import type { SlotResult } from '../../booking/types.ts';
import { turnedThreeOn } from '../../booking/serviceAge.ts';
import { isDropOff } from '../../domain/serviceKinds.ts';
import { describeError } from '../../errors/describeError.ts';
import type { Catalogue } from '../../i18n/catalogue.ts';
import { addDays, isWeekend, localDateOf, weekdayOf } from '../../time/zonedTime.ts';
import { formatSlot, openingTime, pointName, slotWhen } from '../format/formatSlot.ts';
import { listedSoFar, noteListed, SEARCH_PAGE, searchSlotsTool, type SearchSlotsArgs, type SearchSlotsResult } from '../tools/searchSlotsTool.ts';
import type { Reply } from '../dialogue/Reply.ts';
import { waitlistAction } from '../actions/bookingActions.ts';
import { chooseDateAction, nextWeekendAction, remindDayAction } from '../actions/searchActions.ts';
import { talkToStaffAction } from '../actions/helpActions.ts';
import { comingWeekend, compactDate, nextWeekend } from './weekends.ts';
import { askForDate } from './searchPlaces.ts';
import { familyChildren } from '../dialogue/children.ts';

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from, i = 0; d <= to && i < 62; d = addDays(d, 1), i++) out.push(d);
  return out;
}

const weekendOnly = (from: string, to: string) => days(from, to).every(isWeekend);
const hasWeekend = (from: string, to: string) => days(from, to).some(isWeekend);

/** The same days of the week as from..to, moved back by whole weeks until they end on or before `last`. */
function sameWeekdaysBefore(from: string, to: string, last: string): { from: string; to: string } {
  let f = from;
  let t = to;
  while (t > last) {
    f = addDays(f, -7);
    t = addDays(t, -7);
  }
  return { from: f, to: t };
}

/** The Saturday–Sunday after a date. */
function nextWeekendAfter(date: string): { from: string; to: string } {
  let d = addDays(date, 1);
  while (weekdayOf(d) !== 6) d = addDays(d, 1);
  return { from: d, to: addDays(d, 1) };
}

/** "海沧区 · 12月5日（周六） · 上午 · 绘本课": what is being looked for, as the parent asked. */
export function describeRequest(args: SearchSlotsArgs, w: Catalogue, childName?: string): string {
  const parts = [
    args.district ? w.format.district(args.district) : undefined,
    w.format.dateRange(args.from, args.to),
    args.partOfDay ? w.format.partOfDay(args.partOfDay) : undefined,
    args.classTitle ? w.format.classTitle(args.classTitle) : args.kind ? w.format.kind(args.kind) : undefined,
    childName,
  ];
  return parts.filter(Boolean).join(' · ');
}

interface Relaxation {
  args: SearchSlotsArgs;
  note: string;
  /** Said instead when nothing of the kind is on at all then (not full: not offered, e.g. temporary care in the morning). */
  notOffered?: string;
}

/** Wider searches to try, nearest to the request first, when nothing matches. */
function relaxations(args: SearchSlotsArgs, r: Reply): Relaxation[] {
  const w = r.w;
  const out: Relaxation[] = [];
  const { partOfDay: _p, ...anyTime } = args;
  if (args.partOfDay)
    out.push({
      args: anyTime,
      note: w.search.relaxPartOfDay(w.format.partOfDay(args.partOfDay)),
      notOffered: w.search.notOnPartOfDay(w.format.partOfDay(args.partOfDay)),
    });
  // Moving to the following weekend nearby beats moving across the city.
  if (weekendOnly(args.from, args.to)) {
    const following = nextWeekendAfter(args.to);
    out.push({
      args: { ...anyTime, from: following.from, to: following.to },
      note: w.search.relaxFollowingWeekend,
      notOffered: w.search.notOnThenFollowingWeekend,
    });
  }
  // One weekday with nothing left ("what about Wednesday then" on a Wednesday whose session has begun, a full Thursday
  // class): the same day next week, when it is open for booking, before any other day.
  const today = localDateOf(r.ctx.now, r.ctx.timeZone);
  const sameDayNextWeek = addDays(args.from, 7);
  if (args.from === args.to && !isWeekend(args.from) && sameDayNextWeek <= addDays(today, r.ctx.rules.opensDaysAhead)) {
    // (The part of day asked is kept: "今天下午还能送过去吗" on a Wednesday whose only session is a morning one is not
    // answered with next Wednesday's mornings — the weekend's afternoons come next. Round 51.)
    const next = { ...(args.partOfDay ? args : anyTime), from: sameDayNextWeek, to: sameDayNextWeek };
    out.push({ args: next, note: w.search.relaxSameDayNextWeek(w.format.date(sameDayNextWeek)) });
  }
  // One weekday asked with a part of day that has nothing then: the coming weekend's sessions at that part of day.
  if (args.partOfDay && args.from === args.to && !isWeekend(args.from)) {
    const weekend = nextWeekendAfter(args.from);
    out.push({ args: { ...args, from: weekend.from, to: weekend.to }, note: w.search.relaxWeekendPartOfDay(w.format.partOfDay(args.partOfDay)) });
  }
  let widest: SearchSlotsArgs = anyTime;
  if (widest.pointCode) {
    // A named point with nothing that fits: the other points of its district, nearest first, before other districts.
    const { pointCode: _c, ...rest } = widest;
    widest = rest;
    out.push({ args: { ...rest, partOfDay: args.partOfDay }, note: w.search.relaxPoint });
    if (args.partOfDay) out.push({ args: rest, note: w.search.relaxPoint });
  }
  const nw = nextWeekend(r.ctx.now, r.ctx.timeZone);
  // A weekday with nothing in the district ("this Friday morning in Haicang"): the next days with places in that district
  // come before the same weekday across the city.
  if (widest.district && !hasWeekend(widest.from, widest.to) && widest.to < nw.to)
    out.push({ args: { ...widest, to: nw.to }, note: w.search.relaxLater, notOffered: w.search.nextDaysWithPlaces });
  if (widest.district) {
    const { district, ...rest } = widest;
    widest = rest;
    out.push({ args: rest, note: w.search.relaxDistrict(w.format.district(district)) });
  }
  if (widest.classTitle) {
    const { classTitle: _c, ...rest } = widest;
    widest = rest;
    out.push({ args: rest, note: w.search.relaxClass });
  }
  if (widest.to < nw.to) out.push({ args: { ...widest, to: nw.to }, note: w.search.relaxLater, notOffered: w.search.nextDaysWithPlaces });
  if (widest.kind) {
    // Last: other kinds of session for the same days (e.g. classes from birth for a baby too young for care).
    const { kind: _k, classTitle: _t, ...rest } = widest;
    out.push({ args: { ...rest, from: args.from, to: args.to }, note: w.search.relaxKind });
  }
  return out;
}

async function search(r: Reply, args: SearchSlotsArgs): Promise<SearchSlotsResult | undefined> {
  const run = await r.tool<SearchSlotsResult>('search_slots', args);
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    return undefined;
  }
  return run.result;
}

/**
 * A wider search the assistant tries after the parent's own request found nothing (other times, days, points): the
 * request was counted once as unmet demand, so these must not count again. A search that lists full sessions too is
 * never counted (src/operators/unmetDemand.ts), so that looks first; only when it shows a free place (or a whole page
 * of full ones, which may hide free ones further on) is the plain search run, and a plain search that finds a free
 * place is not counted either.
 */
async function searchWider(r: Reply, args: SearchSlotsArgs): Promise<SearchSlotsResult | undefined> {
  const look = await search(r, { ...args, includeFull: true });
  if (!look) return undefined;
  if (!look.results.some((s) => s.free > 0) && look.results.length < SEARCH_PAGE) return { results: [], offset: look.offset };
  return search(r, args);
}

/**
 * Past the last page of a list ("还有别的吗" once every session asked for is shown): the other part of the same day in the
 * same district, else the same part of day in other districts, each said as the list's end ("集美11月29日上午就这些了，…").
 */
async function pagedBeyond(r: Reply, args: SearchSlotsArgs): Promise<{ results: SlotResult[]; used: SearchSlotsArgs; note: string } | undefined> {
  const w = r.w;
  const { offset: _o, ...first } = args;
  const when = `${w.format.dateRange(args.from, args.to)}${args.partOfDay ? `${r.lang === 'en' ? ' ' : ''}${w.format.partOfDay(args.partOfDay)}` : ''}`;
  const where = args.district ? w.format.district(args.district) : undefined;
  const tries: { args: SearchSlotsArgs; note: string }[] = [];
  if (args.partOfDay && !args.pointCode) {
    const other = args.partOfDay === 'morning' ? 'afternoon' : 'morning';
    tries.push({ args: { ...first, partOfDay: other }, note: w.search.pagedOtherPart(when, where, w.format.partOfDay(other)) });
  }
  if (args.district && !args.pointCode && !args.near) {
    const { district: _d, ...rest } = first;
    tries.push({
      args: { ...rest, excludeDistricts: [...(args.excludeDistricts ?? []), args.district] },
      note: w.search.pagedOtherDistricts(when, w.format.district(args.district)),
    });
  }
  for (const t of tries) {
    const found = await searchWider(r, t.args);
    if (found && found.results.length > 0) return { results: found.results, used: t.args, note: t.note };
  }
  return undefined;
}

/** Full sessions matching a waitlist request, with a waitlist button each (free ones can be booked). */
export async function searchForWaitlist(r: Reply, args: SearchSlotsArgs): Promise<void> {
  const found = await search(r, { ...args, includeFull: true });
  if (!found) return;
  const full = found.results.filter((s) => s.free === 0);
  const w = r.w;
  if (full.length === 0) {
    r.say(w.search.waitlistNotNeeded);
    return runSearch(r, args);
  }
  r.say(w.search.waitlistHeader);
  // Whose place in the queue the buttons take, when the request named a child ("小宇要去 满了帮他候补").
  const child = (await searchedAge(r, args))?.name;
  if (child) r.say(w.search.waitlistFor(child));
  showWaitlist(r, args, full.slice(0, 5));
}

function showWaitlist(r: Reply, args: SearchSlotsArgs, full: SlotResult[]): void {
  const w = r.w;
  // Numbered on from any list above it in the same reply.
  const start = listedSoFar(r);
  const before = start > 0 && r.state.lastSearch ? r.state.lastSearch.shown.slice(0, start) : [];
  r.say(full.map((s, i) => formatSlot(s, start + i + 1, w, r.lang, r.ctx.now, r.ctx.timeZone)).join('\n'));
  r.row(
    ...full.map((s, i) =>
      r.button(
        waitlistAction,
        [s.sessionId, ...(args.childId !== undefined ? [args.childId] : r.state.child ? [r.state.child.id] : [])] as [number, number?],
        w.search.waitlistN(start + i + 1),
      ),
    ),
  );
  noteListed(r, start + full.length);
  r.state.lastSearch = {
    args,
    request: args,
    shown: [
      ...before,
      ...full.map((s) => ({
        sessionId: s.sessionId,
        free: 0,
        bookable: false,
        label: `${pointName(s.point, r.lang)} ${slotWhen(s, w)}`,
        pointCode: s.point.code,
        district: s.point.district,
        localDate: s.localDate,
        kind: s.kind,
      })),
    ],
  };
  r.state.pending = { type: 'offer_waitlist', sessionId: full[0]!.sessionId };
}

/** The child's age in months for a search: the age searched with, or the searched child's (with the birth date). */
async function searchedAge(r: Reply, args: SearchSlotsArgs): Promise<{ months: number; name?: string; birthDate?: string } | undefined> {
  if (args.childAgeMonths !== undefined) return { months: args.childAgeMonths };
  if (args.childId === undefined) return undefined;
  const c = (await familyChildren(r)).find((x) => x.id === args.childId);
  return c ? { months: c.ageMonths, name: c.name, birthDate: c.birthDate } : undefined;
}

/** The day a child born on `birthDate` is `months` whole months old (the 31st clamped to the month's end, as turnedThreeOn). */
export function reachesMonthsOn(birthDate: string, months: number): string {
  const total = Number(birthDate.slice(5, 7)) - 1 + months;
  const y = Number(birthDate.slice(0, 4)) + Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(Number(birthDate.slice(8, 10)), last)).padStart(2, '0')}`;
}

/**
 * Sessions matching everything but the child's age: say from which age they take children (a named point by name), or
 * that a registered child will have turned 3 by then. Which of the two it said, if either.
 */
async function tellAgeMismatch(r: Reply, args: SearchSlotsArgs, withoutAge: SearchSlotsResult | undefined): Promise<'young' | 'old' | undefined> {
  const age = await searchedAge(r, args);
  const sessions = withoutAge?.results ?? [];
  if (!age || sessions.length === 0) return undefined;
  // "帮豆豆约下周六" with 豆豆 turning 3 on Wednesday: every session asked for is on or after the day the child reaches
  // the band's upper age (the age a child leaves at, as booking decides), so that day is said — not "nothing free".
  const birth = age.birthDate;
  if (birth && sessions.every((x) => x.localDate >= reachesMonthsOn(birth, x.maxAgeMonths))) {
    r.say(r.w.search.turnsThreeBefore(age.name, r.w.format.date(turnedThreeOn(birth))));
    return 'old';
  }
  const tooYoung = sessions.filter((x) => age.months < x.minAgeMonths);
  if (tooYoung.length !== sessions.length) return undefined;
  const minAge = Math.min(...tooYoung.map((x) => x.minAgeMonths));
  const where = args.pointCode ? pointName(tooYoung[0]!.point, r.lang) : args.kind ? r.w.format.kind(args.kind) : undefined;
  r.say(r.w.search.tooYoungFor(age.name, age.months, minAge, where));
  // A registered child: the day she is old enough, so the parent knows when to come back ("小米12月20日满6个月").
  if (age.birthDate) r.say(r.w.search.oldEnoughOn(age.name, minAge, r.w.format.date(reachesMonthsOn(age.birthDate, minAge))));
  return 'young';
}

/**
 * Runs a search the way a parent needs it answered: honest about days that
 * have passed, weekdays without care, sessions not yet open for booking and a
 * named point that is full, widening step by step when nothing matches, and
 * showing numbered results with buttons.
 */
export async function runSearch(r: Reply, requested: SearchSlotsArgs, opts: { numberFrom?: number } = {}): Promise<void> {
  const w = r.w;
  const { now, timeZone, rules } = r.ctx;
  const today = localDateOf(now, timeZone);
  let args = requested;
  if (args.to < today) {
    r.say(w.search.datePassed);
    const { from: _f, to: _t, ...rest } = args;
    askForDate(r, rest);
    return;
  }
  if (args.from < today) args = { ...args, from: today };
  // The list says whose age it fits: the child in focus, or the child searched for (an only child too).
  const childName =
    r.state.child && args.childId === r.state.child.id ? r.state.child.name : args.childId !== undefined ? (await searchedAge(r, args))?.name : undefined;

  // Free care is mostly at weekends: care asked for on weekdays that have none is said so, with that day's trial classes.
  let toldNoCare = false;
  const within = args.from > today && args.to <= addDays(today, rules.opensDaysAhead);
  if (args.kind && isDropOff(args.kind) && !hasWeekend(args.from, args.to) && within) {
    const care = await search(r, { ...args, includeFull: true, childId: undefined, childAgeMonths: undefined, offset: undefined });
    if (!care) return;
    if (care.results.length === 0) {
      r.say(w.search.weekdayCare(w.format.dateRange(args.from, args.to)));
      args = { ...args, kind: 'trial_class', classTitle: undefined };
      toldNoCare = true;
    }
  }

  const found = await search(r, args);
  if (!found) return;
  // The child's age said as the reason nothing fits (too young yet, or turned 3 by then).
  let toldAge: 'young' | 'old' | undefined;
  let results = found.results;
  let used = args;
  let note: string | undefined;

  // Everything found is not open for booking yet: say when it opens, never "tap Book".
  const opened = results.filter((s) => s.bookable || s.free === 0 || new Date(s.bookingOpensAt) <= now);
  if (results.length > 0 && opened.length === 0) {
    const first = results[0]!;
    const when = openingTime(new Date(first.bookingOpensAt), w, timeZone);
    // A weekday with classes but no care, asked with no kind ("anything on Tuesday 15 December? I need someone to watch
    // her"): that there is no care that day comes first — a list of classes "not open yet" reads as care to wait for.
    if (!args.kind && !hasWeekend(args.from, args.to) && results.every((s) => !isDropOff(s.kind)))
      r.say(w.search.weekdayCareLater(w.format.dateRange(args.from, args.to), when));
    else r.say(w.search.notOpenYet(w.format.dateRange(args.from, args.to), when, rules.opensDaysAhead));
    r.say(w.search.notOpenListed);
    searchSlotsTool.present!(r, found, args);
    r.state.lastSearch = { ...r.state.lastSearch!, request: requested };
    const cw = comingWeekend(now, timeZone);
    r.row(r.button(chooseDateAction, [compactDate(cw.from)], w.search.thisSaturday), r.button(talkToStaffAction, []));
    return;
  }

  // Today only, with nothing left that can still be booked ("今天下午两点半那场还能约吗" at 14:00, "今天早上的" at 16:00):
  // today's sessions have begun or closed for booking (they close a set time before the start). Said plainly — never a
  // list of sessions that cannot be booked — and, on a Saturday, Sunday's places are shown next.
  let toldClosed = false;
  if (args.from === today && args.to === today && !args.offset) {
    const open = results.filter((s) => new Date(s.bookingClosesAt) > now);
    const runsToday =
      open.length < results.length ||
      (results.length === 0 && ((await search(r, { ...args, from: addDays(today, 7), to: addDays(today, 7), includeFull: true }))?.results.length ?? 0) > 0);
    results = open;
    if (results.length === 0 && runsToday) {
      r.say(w.search.todayClosed(rules.closesMinutesBefore));
      toldClosed = true;
      if (weekdayOf(today) === 6) {
        const tomorrow = addDays(today, 1);
        const sunday = await search(r, { ...args, from: tomorrow, to: tomorrow });
        if (sunday && sunday.results.length > 0) {
          results = sunday.results;
          used = { ...args, from: tomorrow, to: tomorrow };
          note = w.search.header(w.format.date(tomorrow));
        }
      }
    }
  }

  if (results.length === 0 && !args.offset) {
    // A named point, or everything matching, may be full: say so and offer its waitlist first.
    const withFull = await search(r, { ...args, includeFull: true });
    const full = (withFull?.results ?? []).filter((s) => s.free === 0);
    if (full.length > 0) {
      const range = w.format.dateRange(args.from, args.to);
      r.say(args.pointCode ? w.search.namedPointFull(pointName(full[0]!.point, r.lang), range) : w.search.allFull(range));
      // Whose place in the queue the buttons take, when the search was for a child.
      if (childName) r.say(w.search.waitlistFor(childName));
      showWaitlist(r, args, full.slice(0, 3));
      if (!args.pointCode) return;
      // A named point that is full: also the nearest alternatives.
      const alternatives = await searchWider(r, { ...args, pointCode: undefined, district: args.district ?? full[0]!.point.district });
      if (alternatives && alternatives.results.length > 0) {
        const pending = r.state.pending;
        // The alternatives number on from the waitlist list, and both stay pickable by number.
        searchSlotsTool.present!(r, alternatives, { ...args, pointCode: undefined });
        r.state.lastSearch = { ...r.state.lastSearch!, request: requested };
        r.state.pending = pending;
      }
      return;
    }
    // Nothing at all on weekdays asked about: say there is no care or class then, before offering other days.
    // (Only whole days ahead inside the booking window: today's sessions may have started, later ones may not be published yet.)
    // (Classes asked for too: "下礼拜一可以带宝宝去上课吗" hears that nothing is on that Monday, not only other days.)
    if (!toldNoCare && within && !hasWeekend(args.from, args.to)) {
      const any = await search(r, { from: args.from, to: args.to, includeFull: true });
      if (any && any.results.length === 0) {
        r.say(w.search.noCareThatDay(w.format.dateRange(args.from, args.to)));
        toldNoCare = true;
      }
    }
    // Today, at a part of day that has nothing on this weekday at all — not today, not a week on, so nothing has merely
    // begun ("今天下午还能送过去吗" on a Wednesday of morning sessions only): said, before the days that have it.
    if (!toldNoCare && !toldClosed && args.partOfDay && args.from === today && args.to === today && !isWeekend(today)) {
      const part = { from: today, to: today, partOfDay: args.partOfDay, includeFull: true };
      const nextWeek = addDays(today, 7);
      const now = await search(r, part);
      const then = now?.results.length === 0 ? await search(r, { ...part, from: nextWeek, to: nextWeek }) : undefined;
      if (then && then.results.length === 0) {
        r.say(w.search.noCareThatPartOfDay(w.format.dateRange(today, today), w.format.partOfDay(args.partOfDay)));
        toldNoCare = true;
      }
    }
    // A named point that never offers this kind of care (a community point: classes only): said, before other points.
    let noCareAtPoint = false;
    if (args.pointCode && args.kind && isDropOff(args.kind)) {
      const window = { from: today, to: addDays(today, rules.opensDaysAhead), pointCode: args.pointCode, includeFull: true };
      const ofKind = await search(r, { ...window, kind: args.kind });
      const any = ofKind?.results.length === 0 ? await search(r, window) : undefined;
      if (ofKind && any && ofKind.results.length === 0 && any.results.length > 0) {
        r.say(w.search.kindNotAtPoint(pointName(any.results[0]!.point, r.lang), w.format.kind(args.kind)));
        noCareAtPoint = true;
      }
    }
    // Sessions there that the child is too young for: say from which age, then what fits.
    if (args.childId !== undefined || args.childAgeMonths !== undefined)
      toldAge = await tellAgeMismatch(r, args, await search(r, { ...args, childId: undefined, childAgeMonths: undefined, includeFull: true }));
    const noneAtAll = (withFull?.results.length ?? 0) === 0;
    for (const relaxed of relaxations(args, r)) {
      const more = await searchWider(r, relaxed.args);
      if (more && more.results.length > 0) {
        results = more.results;
        used = relaxed.args;
        note = noCareAtPoint && used.pointCode === undefined ? '' : noneAtAll && relaxed.notOffered && !toldClosed ? relaxed.notOffered : relaxed.note;
        break;
      }
    }
  }

  // "还有别的吗", "anything else?" past the last page: what else there is that day — the other part of the day in the same
  // district, then the same part of day in the other districts — after saying the list asked for has no more (round 52).
  if (results.length === 0 && args.offset) {
    const beyond = await pagedBeyond(r, args);
    if (beyond) ({ results, used, note } = beyond);
  }

  const range = w.format.dateRange(args.from, args.to);
  if (results.length === 0) {
    if (args.offset) {
      r.say(w.search.noMore);
      r.row(r.button(nextWeekendAction, []));
      return;
    }
    const horizon = addDays(today, rules.opensDaysAhead);
    // A weekday beyond the booking window that never has care or classes ("圣诞节12月25号能送过去吗", a Friday): said so —
    // not "booking opens on …" for a day with nothing to open. The same weekdays inside the window tell.
    const mirror = args.from > horizon && !hasWeekend(args.from, args.to) ? sameWeekdaysBefore(args.from, args.to, horizon) : undefined;
    const mirrored = mirror && mirror.from > today ? (await search(r, { from: mirror.from, to: mirror.to, includeFull: true }))?.results : undefined;
    if (mirrored && mirrored.length === 0) {
      r.say(w.search.noCareThatDay(range));
    } else if (mirrored && !args.kind && mirrored.every((s) => !isDropOff(s.kind))) {
      // The same weekday has classes but never care ("are you open on Christmas Eve? I need someone to take her"): no
      // care that day, and when its classes open — not "booking opens" as if care were coming.
      r.say(w.search.weekdayCareLater(range, w.format.date(addDays(args.from, -rules.opensDaysAhead))));
    } else if (args.from > horizon && toldAge !== 'old') {
      // (A child who is 3 by then can never book that day: no opening day, no reminder — the age was said.)
      const opensOn = addDays(args.from, -rules.opensDaysAhead);
      r.say(w.search.notOpenYet(range, w.format.date(opensOn), rules.opensDaysAhead));
      // A day beyond the sessions published so far has none to remind about: the reminder is for the day itself (its
      // district and part of day), as a not-yet-open session inside the window gets one for the session.
      if (!args.pointCode && !args.near) {
        const part = args.partOfDay === 'morning' ? 'am' : args.partOfDay === 'afternoon' ? 'pm' : '-';
        r.row(r.button(remindDayAction, [compactDate(args.from), args.district ?? '-', part]));
      }
    } else if (toldNoCare || toldAge === 'old') {
      // already said
    } else if (!hasWeekend(args.from, args.to) && !args.kind) {
      r.say(w.search.noCareThatDay(range));
    } else {
      r.say(w.search.nothingFound(range));
    }
    // (Another weekend does not change a child's age: after an age said as the reason, only a person is offered.)
    if (toldAge === 'old') r.row(r.button(talkToStaffAction, []));
    else r.row(r.button(nextWeekendAction, []), r.button(talkToStaffAction, []));
    const { from: _f, to: _t, ...rest } = args;
    r.state.pending = { type: 'search', partial: rest };
    return;
  }

  // "改成下午": the part of day asked for is named with the day, so the list says it is the afternoon's.
  const when = args.partOfDay && used.partOfDay === args.partOfDay ? `${range}${r.lang === 'en' ? ' ' : ''}${w.format.partOfDay(args.partOfDay)}` : range;
  // A baby too young for any drop-off care then, shown only classes: said, so the list is not read as care.
  const careFrom = note === undefined ? await careTooYoung(r, args, used, results) : undefined;
  const header =
    careFrom !== undefined
      ? w.search.careFromAge(careFrom.name, careFrom.months, careFrom.min)
      : (note ?? (childName ? w.search.headerFor(when, childName) : args.near ? w.search.headerNear(when) : w.search.header(when)));
  // A named point with some sessions full: said first, in one line, so "江头周日下午满了吗" is answered before the
  // list of what is still free there (the full ones follow the list, with their waitlist buttons).
  const fullHere = args.pointCode && !args.offset && used === args ? await fullAtPoint(r, args) : [];
  if (fullHere.length > 0) r.say(w.search.fullAtPointFirst(w.format.list(fullHere.map((s) => `${pointName(s.point, r.lang)} ${slotWhen(s, w)}`))));
  // "周六上午10点江头那场", "the 11am at jiangtou" when nothing at that point starts then (free or full): said plainly
  // before what there is, so the 09:00 half day listed is not taken for the 10 o'clock session asked for.
  const named = r.askedStartTime;
  if (named && args.pointCode && results.length > 0 && ![...results, ...fullHere].some((x) => x.startTime.startsWith(named)))
    r.say(w.search.noneStartsAt(named));
  // "礼拜六上午思明区有没有九点半开始的", "Huli周六有没有9:30开始的": across a district (or the whole city) too, once the full
  // sessions there are counted — a 9:30 that is only full still starts at 9:30.
  else if (named && !args.pointCode && !args.offset && used === args && results.length > 0 && !results.some((x) => x.startTime.startsWith(named))) {
    const all = await search(r, { ...args, includeFull: true });
    // (The list is in start-time order, one page long: a full page ending before that time may hide it further on.)
    const seenPast = all && (all.results.length < SEARCH_PAGE || all.results.at(-1)!.startTime > named);
    if (all && seenPast && !all.results.some((x) => x.startTime.startsWith(named))) r.say(w.search.noneStartsAt(named));
  }
  if (header) r.say(header);
  // Other days or places than asked: still say whose age the list fits.
  if (note !== undefined && childName) r.say(w.search.fitsChild(childName));
  if (!toldNoCare && !used.kind && !hasWeekend(used.from, used.to) && !results.some((x) => isDropOff(x.kind))) r.say(w.search.weekdayNote);
  // "is the 2:30 on saturday still open?", "下午一点那场": the sessions starting at the time named come first, so
  // "Book 1" is the one the parent meant (the others stay listed after it).
  const at = r.askedStartTime;
  if (at && results.some((x) => x.startTime.startsWith(at)))
    results = [...results].sort((a, b) => Number(!a.startTime.startsWith(at)) - Number(!b.startTime.startsWith(at)));
  searchSlotsTool.present!(r, { results, offset: used.offset ?? 0, numberFrom: opts.numberFrom }, used);
  r.state.lastSearch = { ...r.state.lastSearch!, request: requested };
  r.state.pending = undefined;
  if (fullHere.length > 0) tellFullAtPoint(r, fullHere, listedSoFar(r));
}

/**
 * Care asked for in general (no kind named) for a baby younger than any drop-off care on those days takes, with only
 * classes found: the baby's age and the age care starts from. Undefined otherwise.
 */
async function careTooYoung(
  r: Reply,
  args: SearchSlotsArgs,
  used: SearchSlotsArgs,
  results: SlotResult[],
): Promise<{ name?: string; months: number; min: number } | undefined> {
  if (args.kind || used.kind || results.length === 0 || results.some((x) => isDropOff(x.kind))) return undefined;
  const age = await searchedAge(r, used);
  if (!age) return undefined;
  const mins: number[] = [];
  for (const kind of ['half_day', 'temporary_care'] as const) {
    const care = await search(r, { from: used.from, to: used.to, kind, includeFull: true });
    for (const x of care?.results ?? []) mins.push(x.minAgeMonths);
  }
  if (mins.length === 0) return undefined;
  const min = Math.min(...mins);
  return age.months < min ? { ...age, min } : undefined;
}

/** A named point's full sessions among those asked for (at most three). */
async function fullAtPoint(r: Reply, args: SearchSlotsArgs): Promise<SlotResult[]> {
  const all = await search(r, { ...args, includeFull: true });
  return (all?.results ?? []).filter((s) => s.free === 0).slice(0, 3);
}

/** A named point with places left in some sessions: its full ones are listed too, with their waitlist ("江头周日下午满了吗"). */
function tellFullAtPoint(r: Reply, full: SlotResult[], shown: number): void {
  const w = r.w;
  r.say(w.search.fullAtPoint);
  r.say(full.map((s, i) => formatSlot(s, shown + i + 1, w, r.lang, r.ctx.now, r.ctx.timeZone)).join('\n'));
  r.row(
    ...full.map((s, i) =>
      r.button(waitlistAction, [s.sessionId, ...(r.state.child ? [r.state.child.id] : [])] as [number, number?], w.search.waitlistN(shown + i + 1)),
    ),
  );
}
