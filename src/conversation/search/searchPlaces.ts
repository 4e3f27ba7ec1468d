import { addDays, localDateOf } from '../../time/zonedTime.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';
import type { Reply } from '../dialogue/Reply.ts';
import { anotherDayAction, chooseDateAction, nextWeekendAction } from '../actions/searchActions.ts';
import { comingWeekend, compactDate } from './weekends.ts';
import { runSearch } from './runSearch.ts';

/** Asks which day, keeping what the parent already said. */
export function askForDate(r: Reply, partial: Partial<SearchSlotsArgs>, wantsNearby = false): void {
  const w = r.w;
  const cw = comingWeekend(r.ctx.now, r.ctx.timeZone);
  r.say(w.search.askDate);
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
  if (wantsNearby && !partial.near && !partial.district) return askForLocation(r, partial);
  if (!partial.from || !partial.to) {
    if (partial.near || partial.district || partial.kind || partial.pointCode) {
      const today = localDateOf(r.ctx.now, r.ctx.timeZone);
      const days = partial.kind === 'trial_class' ? { from: today, to: addDays(today, 13) } : comingWeekend(r.ctx.now, r.ctx.timeZone);
      await runSearch(r, { ...partial, from: days.from, to: days.to } as SearchSlotsArgs, opts);
      r.row(r.button(anotherDayAction, []), r.button(nextWeekendAction, []));
      return;
    }
    return askForDate(r, partial, wantsNearby);
  }
  await runSearch(r, partial as SearchSlotsArgs, opts);
}
