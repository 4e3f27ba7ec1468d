import { addDays, localDateOf } from '../../time/zonedTime.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';
import type { Reply } from '../dialogue/Reply.ts';
import { anotherDayAction, chooseDateAction, nextWeekendAction } from '../actions/searchActions.ts';
import { bookForChildrenAction } from '../actions/bookingActions.ts';
import { formatSlot, pointName, slotWhen } from '../format/formatSlot.ts';
import { listedSoFar, noteListed, type SearchSlotsResult } from '../tools/searchSlotsTool.ts';
import type { SlotResult } from '../../booking/types.ts';
import { comingWeekend, compactDate } from './weekends.ts';
import { runSearch } from './runSearch.ts';
import { familyChildren, focusChild } from '../dialogue/children.ts';
import type { Child } from '../../booking/types.ts';
import { tooOldForService, turnedThreeOn } from '../../booking/serviceAge.ts';
import { talkToStaffAction } from '../actions/helpActions.ts';

/**
 * Asks which day, keeping what the parent already said. `quiet`: only the day buttons, after an answer to a question
 * (the booking window), which is not turned into "which day would you like?".
 */
export function askForDate(r: Reply, partial: Partial<SearchSlotsArgs>, wantsNearby = false, opts: { quiet?: boolean } = {}): void {
  const w = r.w;
  const cw = comingWeekend(r.ctx.now, r.ctx.timeZone);
  if (!opts.quiet) r.say(w.search.askDate);
  const sat = cw.from === cw.to ? undefined : cw.from;
  r.row(
    ...(sat ? [r.button(chooseDateAction, [compactDate(sat)], w.search.thisSaturday)] : []),
    r.button(chooseDateAction, [compactDate(cw.to)], w.search.thisSunday),
    r.button(nextWeekendAction, []),
  );
  r.state.pending = { type: 'search', partial, wantsNearby };
}

/** Asks for a shared location (or a district) for a "near me" search. */
export function askForLocation(r: Reply, partial: Partial<SearchSlotsArgs>): void {
  r.say(r.w.search.askLocation);
  r.requestLocation = true;
  r.state.pending = { type: 'search', partial, wantsNearby: true };
}

/**
 * A search from what the parent has said so far: near them (ask for a
 * location first), on the days they named, or — with a place or a class in
 * mind but no day — the coming days at once; with nothing at all, ask which day.
 */
export async function searchPlaces(r: Reply, partial: Partial<SearchSlotsArgs>, wantsNearby = false, opts: { numberFrom?: number } = {}): Promise<void> {
  const pending = r.state.pending?.type === 'search' ? r.state.pending : undefined;
  const forChildren = pending?.childIds;
  if (forChildren && forChildren.length > 1 && partial.childId === undefined) {
    const family = await familyChildren(r);
    return searchPlacesForChildren(
      r,
      partial,
      family.filter((c) => forChildren.includes(c.id)),
      wantsNearby,
      pending?.together,
    );
  }
  // A child over 3 (one registered in this very message, too): said with the child's name, instead of an empty search.
  if (partial.childId !== undefined) {
    const child = (await familyChildren(r)).find((c) => c.id === partial.childId);
    if (child && tooOldForService(child.ageMonths)) return sayChildTooOld(r, child);
  }
  if (wantsNearby && !partial.near && !partial.district) return askForLocation(r, partial);
  if (!partial.from || !partial.to) {
    if (partial.near || partial.district || partial.kind || partial.pointCode) {
      const days = defaultDays(r, partial);
      await runSearch(r, { ...partial, from: days.from, to: days.to } as SearchSlotsArgs, opts);
      r.row(r.button(anotherDayAction, []), r.button(nextWeekendAction, []));
      return;
    }
    return askForDate(r, partial, wantsNearby);
  }
  await runSearch(r, partial as SearchSlotsArgs, opts);
}

/** A registered child over 3: who the service is for, with the day the child turned 3, and a person to ask. */
export function sayChildTooOld(r: Reply, child: Child): void {
  r.say(r.w.search.childTooOld(child.name, r.w.format.date(turnedThreeOn(child.birthDate))));
  r.row(r.button(talkToStaffAction, []));
}

/** The days to search when the parent named a place or a kind but no day: the coming weekend (two weeks for classes). */
function defaultDays(r: Reply, partial: Partial<SearchSlotsArgs>): { from: string; to: string } {
  const today = localDateOf(r.ctx.now, r.ctx.timeZone);
  return partial.kind === 'trial_class' ? { from: today, to: addDays(today, 13) } : comingWeekend(r.ctx.now, r.ctx.timeZone);
}

/**
 * Several children asked for at once ("两个娃周日上午都想去湖里", "帮 Leo 和 Emma 都 book"):
 * a list per child, each searched with that child's age and numbered on from
 * the one before. Without a day (or a location) yet, the question is asked and
 * every child is remembered for the answer.
 */
export async function searchPlacesForChildren(
  r: Reply,
  partial: Partial<SearchSlotsArgs>,
  asked: Child[],
  wantsNearby = false,
  together = false,
): Promise<void> {
  // "三個小孩都想去" with the eldest over 3: that child is said to be past the service's age, the others searched for.
  const over = asked.filter((c) => tooOldForService(c.ageMonths));
  const children = over.length > 0 && over.length < asked.length ? asked.filter((c) => !over.includes(c)) : asked;
  if (children !== asked) for (const c of over) r.say(r.w.search.childTooOld(c.name, r.w.format.date(turnedThreeOn(c.birthDate))));
  if (children.length === 1) {
    focusChild(r, children[0]!);
    return searchPlaces(r, { ...partial, childId: children[0]!.id, childAgeMonths: undefined }, wantsNearby);
  }
  // The caller has the family's children already: they are not loaded again in the same turn.
  const childIds = children.map((c) => c.id);
  const remember = () => {
    if (r.state.pending?.type === 'search') {
      r.state.pending.childIds = childIds;
      if (together) r.state.pending.together = true;
    }
  };
  if (wantsNearby && !partial.near && !partial.district) {
    askForLocation(r, partial);
    return remember();
  }
  let days = partial.from && partial.to ? { from: partial.from, to: partial.to } : undefined;
  if (!days) {
    if (!(partial.near || partial.district || partial.kind || partial.pointCode)) {
      askForDate(r, partial, wantsNearby);
      return remember();
    }
    days = defaultDays(r, partial);
  }
  const oneList = await oneListForAll(r, { ...partial, ...days } as SearchSlotsArgs, children);
  if (oneList === true) return;
  // A baby too young for every session there ("三个都book殿前" with a 5-month-old): said, and the others searched together.
  if (oneList && oneList.length < children.length) {
    const fit = children.filter((c) => !oneList.some((t) => t.child.id === c.id));
    for (const t of oneList) r.say(r.w.search.tooYoungFor(t.child.name, t.child.ageMonths, t.minAge));
    return searchPlacesForChildren(r, partial, fit, wantsNearby, together);
  }
  for (const c of children) {
    // "禮拜六想把安安跟樂樂一起送去湖裡": a child over 3 hears so by name (not "nothing found"); the others are searched.
    if (tooOldForService(c.ageMonths)) {
      r.say(r.w.search.childTooOld(c.name, r.w.format.date(turnedThreeOn(c.birthDate))));
      continue;
    }
    focusChild(r, c);
    await runSearch(r, { ...partial, ...days, childId: c.id, childAgeMonths: undefined, offset: undefined } as SearchSlotsArgs);
  }
  // None of them is "the" child until the parent picks a button or names one.
  r.state.child = undefined;
  if (r.state.lastSearch) {
    r.state.lastSearch.childIds = childIds;
    if (together) r.state.lastSearch.together = childIds;
  }
  // Nothing found, another day asked for: still for all of them.
  remember();
}

/**
 * Children asked for together whose lists would be the same ("双胞胎两个都要", "老大老二都想去翔安" where every point
 * there takes both ages): one list, each "Book" button booking a place for every one of them. Only when every
 * session shown has a free place for each child and is open; otherwise the list per child says what fits whom.
 */
async function oneListForAll(r: Reply, args: SearchSlotsArgs, children: Child[]): Promise<boolean | Array<{ child: Child; minAge: number }>> {
  if (children.length < 2 || children.length > 3 || args.offset || args.from < localDateOf(r.ctx.now, r.ctx.timeZone)) return false;
  const lists: SlotResult[][] = [];
  const found: SlotResult[] = [];
  for (const c of children) {
    // With full sessions too: a probe that finds nothing is not counted as unmet demand (the list per child searches again).
    const run = await r.tool<SearchSlotsResult>('search_slots', { ...args, childId: c.id, childAgeMonths: undefined, includeFull: true });
    if (!run.result) return false;
    found.push(...run.result.results);
    // Sessions open now with a place for each of them (a full one is the list per child's, with its waitlist).
    lists.push(run.result.results.filter((x) => x.bookable && x.free >= children.length));
  }
  // Every session found for the others starts at an age this child has not reached: too young there, whatever is free.
  const tooYoung = children
    .filter((c) => found.length > 0 && found.every((x) => c.ageMonths < x.minAgeMonths))
    .map((child) => ({ child, minAge: Math.min(...found.map((x) => x.minAgeMonths)) }));
  if (tooYoung.length > 0 && tooYoung.length < children.length) return tooYoung;
  const ids = (xs: SlotResult[]) => xs.map((x) => x.sessionId).join(',');
  const first = lists[0]!;
  if (first.length === 0 || lists.some((l) => ids(l) !== ids(first))) return false;
  const w = r.w;
  const start = listedSoFar(r);
  r.say(w.search.headerFor(w.format.dateRange(args.from, args.to), w.format.list(children.map((c) => c.name))));
  r.say(first.map((x, i) => formatSlot(x, start + i + 1, w, r.lang, r.ctx.now, r.ctx.timeZone)).join('\n'));
  r.say(w.search.pickHint);
  const childIds = children.map((c) => c.id);
  r.grid(first.map((x, i) => r.button(bookForChildrenAction, [x.sessionId, ...childIds], w.search.bookN(start + i + 1))));
  r.row(r.button(nextWeekendAction, []));
  noteListed(r, start + first.length);
  const searched = { ...args, includeFull: undefined };
  r.state.lastSearch = {
    args: searched,
    request: searched,
    shown: first.map((x) => ({
      sessionId: x.sessionId,
      free: x.free,
      bookable: x.bookable,
      label: `${pointName(x.point, r.lang)} ${slotWhen(x, w)}`,
      pointCode: x.point.code,
      district: x.point.district,
      localDate: x.localDate,
    })),
    childIds,
  };
  r.state.child = undefined;
  r.state.pending = undefined;
  return true;
}
