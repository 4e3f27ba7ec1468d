import { addDays, localDateOf } from '../../time/zonedTime.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';
import type { Reply } from '../dialogue/Reply.ts';
import { anotherDayAction, chooseDateAction, nextWeekendAction } from '../actions/searchActions.ts';
import { comingWeekend, compactDate } from './weekends.ts';
import { runSearch } from './runSearch.ts';
import { familyChildren, focusChild } from '../dialogue/children.ts';
import type { Child } from '../../booking/types.ts';

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
  const forChildren = r.state.pending?.type === 'search' ? r.state.pending.childIds : undefined;
  if (forChildren && forChildren.length > 1 && partial.childId === undefined) {
    const family = await familyChildren(r);
    return searchPlacesForChildren(
      r,
      partial,
      family.filter((c) => forChildren.includes(c.id)),
      wantsNearby,
    );
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
export async function searchPlacesForChildren(r: Reply, partial: Partial<SearchSlotsArgs>, children: Child[], wantsNearby = false): Promise<void> {
  // The caller has the family's children already: they are not loaded again in the same turn.
  const childIds = children.map((c) => c.id);
  const remember = () => {
    if (r.state.pending?.type === 'search') r.state.pending.childIds = childIds;
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
  for (const c of children) {
    focusChild(r, c);
    await runSearch(r, { ...partial, ...days, childId: c.id, childAgeMonths: undefined, offset: undefined } as SearchSlotsArgs);
  }
  // None of them is "the" child until the parent picks a button or names one.
  r.state.child = undefined;
  // Nothing found, another day asked for: still for all of them.
  remember();
}
