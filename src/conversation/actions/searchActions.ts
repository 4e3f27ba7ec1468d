import { defineAction, noArgs } from './defineAction.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';
import type { Reply } from '../dialogue/Reply.ts';
import { askForDate, askForLocation, searchPlaces } from '../search/searchPlaces.ts';
import { runSearch } from '../search/runSearch.ts';
import { comingWeekend, expandDate, nextWeekend } from '../search/weekends.ts';
import { childInFocusAge } from '../dialogue/children.ts';
import { DISTRICTS, type District } from '../../domain/xiamenPlaces.ts';
import { addDays, zonedInstant } from '../../time/zonedTime.ts';
import { openingTime } from '../format/formatSlot.ts';
import { talkToStaffAction } from './helpActions.ts';

/** What the parent was looking for: the pending search, else the last one. */
function currentRequest(r: Reply): Partial<SearchSlotsArgs> {
  if (r.state.pending?.type === 'search') return r.state.pending.partial;
  return r.state.lastSearch?.request ?? r.state.lastSearch?.args ?? {};
}

/** The next page of the last results. */
export const moreResultsAction = defineAction<[number]>({
  code: 'm',
  encode: ([offset]) => [String(offset)],
  decode: ([v]) => (v !== undefined && /^\d{1,3}$/.test(v) ? [Number(v)] : undefined),
  label: (w) => w.search.more,
  async run(r, [offset]) {
    const last = r.state.lastSearch;
    if (!last) return askForDate(r, {});
    return runSearch(r, { ...last.args, offset });
  },
});

/** The same search on the weekend after the coming one. */
export const nextWeekendAction = defineAction<[]>({
  code: 'nw',
  ...noArgs(),
  label: (w) => w.search.nextWeekend,
  async run(r) {
    const nw = nextWeekend(r.ctx.now, r.ctx.timeZone);
    return searchPlaces(r, { ...currentRequest(r), from: nw.from, to: nw.to, offset: undefined });
  },
});

/** Pick another day: ask which, keeping the rest of the request. */
export const anotherDayAction = defineAction<[]>({
  code: 'ad',
  ...noArgs(),
  label: (w) => w.search.anotherDay,
  async run(r) {
    const { from: _f, to: _t, offset: _o, ...rest } = currentRequest(r);
    return askForDate(r, rest);
  },
});

/** A day chosen from the offered ones. */
export const chooseDateAction = defineAction<[string]>({
  code: 'dd',
  encode: ([date]) => [date],
  decode: ([v]) => (v && expandDate(v) ? [v] : undefined),
  label: (w) => w.search.anotherDay,
  async run(r, [compact]) {
    const date = expandDate(compact)!;
    const wantsNearby = r.state.pending?.type === 'search' ? Boolean(r.state.pending.wantsNearby) : false;
    return searchPlaces(r, { ...currentRequest(r), from: date, to: date, offset: undefined }, wantsNearby);
  },
});

/** Morning or afternoon of the last search. */
export const partOfDayAction = defineAction<['am' | 'pm']>({
  code: 'pd',
  encode: ([p]) => [p],
  decode: ([v]) => (v === 'am' || v === 'pm' ? [v] : undefined),
  label: (w, [p]) => w.format.partOfDay(p === 'am' ? 'morning' : 'afternoon'),
  async run(r, [p]) {
    const partOfDay = p === 'pm' ? 'afternoon' : 'morning';
    const last = r.state.lastSearch?.request ?? r.state.lastSearch?.args;
    if (!last) return askForDate(r, { partOfDay });
    return runSearch(r, { ...last, partOfDay, offset: undefined });
  },
});

/** A day, with the district and part of day asked about ('-' for none), as button fields. */
type DayFields = [string, District | '-', 'am' | 'pm' | '-'];
const dayFields = {
  encode: (args: DayFields) => [...args],
  decode: ([d, district, part]: string[]): DayFields | undefined =>
    d && expandDate(d) && (district === '-' || (DISTRICTS as readonly string[]).includes(district ?? '')) && (part === 'am' || part === 'pm' || part === '-')
      ? [d, district as District | '-', part]
      : undefined,
};
const dayRequest = ([d, district, part]: DayFields): Partial<SearchSlotsArgs> => ({
  from: expandDate(d)!,
  to: expandDate(d)!,
  ...(district !== '-' ? { district } : {}),
  ...(part !== '-' ? { partOfDay: part === 'am' ? 'morning' : 'afternoon' } : {}),
});

/**
 * "⏰ 开放时提醒我" under a day beyond the sessions published so far ("12月26号思明上午", "New Year weekend"): one
 * message when booking opens for that day (local midnight, the booking window ahead — when the engine opens it), which
 * looks for its places. A day already open is simply searched.
 */
export const remindDayAction = defineAction<DayFields>({
  code: 'rd',
  ...dayFields,
  label: (w) => w.search.remindDay,
  async run(r, args) {
    const request = dayRequest(args);
    const opensAt = zonedInstant(addDays(request.from!, -r.ctx.rules.opensDaysAhead), '00:00', r.ctx.timeZone);
    if (!r.ctx.remindWhenDayOpens || opensAt <= r.ctx.now) return searchPlaces(r, { ...request, childAgeMonths: await childInFocusAge(r) });
    const added = await r.ctx.remindWhenDayOpens({ date: request.from!, district: request.district, partOfDay: request.partOfDay, opensAt });
    r.tools.push({ name: 'remind_when_day_opens', args: { date: request.from }, ok: true, result: { added } });
    r.say(added ? r.w.search.remindSet(openingTime(opensAt, r.w, r.ctx.timeZone)) : r.w.search.remindAlready);
    r.row(r.button(findPlacesAction, []), r.button(talkToStaffAction, []));
  },
});

/** "🔍 See that day's sessions" from the booking-opens message of a day: that day, district and part of day. */
export const searchDayAction = defineAction<DayFields>({
  code: 'sd',
  ...dayFields,
  label: (w) => w.search.anotherDay,
  async run(r, args) {
    return searchPlaces(r, { ...dayRequest(args), childAgeMonths: await childInFocusAge(r), offset: undefined });
  },
});

/** "Find weekend places": the coming weekend, for the child in focus. */
export const findPlacesAction = defineAction<[]>({
  code: 'sf',
  ...noArgs(),
  label: (w) => w.menu.findPlaces,
  async run(r) {
    const cw = comingWeekend(r.ctx.now, r.ctx.timeZone);
    const base = r.state.pending?.type === 'search' ? r.state.pending.partial : {};
    const age = base.childAgeMonths ?? (await childInFocusAge(r));
    return searchPlaces(r, { ...base, from: cw.from, to: cw.to, childAgeMonths: age, offset: undefined });
  },
});

/** Ask for the parent's location for a nearest-first search. */
export const askLocationAction = defineAction<[]>({
  code: 'loc',
  ...noArgs(),
  label: (w) => w.menu.nearest,
  async run(r) {
    return askForLocation(r, r.state.lastSearch?.request ?? r.state.lastSearch?.args ?? {});
  },
});
