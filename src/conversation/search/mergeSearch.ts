import type { Slots } from '../../nlu/types.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';
import { addDays, daysBetween, startOfWeek, weekdayOf } from '../../time/zonedTime.ts';

const sameRange = (a?: { from: string; to: string }, b?: { from?: string; to?: string }) => !!a && !!b && a.from === b.from && a.to === b.to;

/** A weekday named bare ("sunday", "I meant Sunday", "是周日", "礼拜天"), with no this / next / date before it. */
const BARE_WEEKDAY = /^(?:on )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?$|^(?:周|週|星期|礼拜|禮拜|拜)[一二三四五六日天]$/i;

/**
 * "next Saturday in Jimei" → "oops, I meant Sunday": a weekday said bare while one week's days are searched is that day of
 * the same week (Sunday 6 Dec), not the nearest such day. Undefined when the words name their own week.
 */
function sameWeekDay(base: Partial<SearchSlotsArgs>, s: Slots): string | undefined {
  const r = s.dateRange;
  // Only a correction ("I meant…", "说错了 是…"): "what about Saturday then?" after a Tuesday is the nearest Saturday.
  if (!s.correction || !r || r.from !== r.to || !base.from || !base.to || !BARE_WEEKDAY.test((s.dateText ?? '').trim())) return undefined;
  if (daysBetween(base.from, base.to) > 6 || startOfWeek(base.from) !== startOfWeek(base.to)) return undefined;
  const week = startOfWeek(base.from);
  const day = addDays(week, (weekdayOf(r.from) + 6) % 7);
  // (Only later than the nearest such day, which is never past: "那周一呢" on a Wednesday is not the Monday gone by.)
  return day > r.from ? day : undefined;
}

/**
 * "is there anything the weekend after next? sunday ideally" → "ok what about next weekend then, same day": the day of the
 * days now named that falls on the weekday of the one day searched before (Sunday 6 Dec).
 */
function sameWeekdayIn(base: Partial<SearchSlotsArgs>, s: Slots): string | undefined {
  const r = s.dateRange;
  if (!s.sameWeekday || !r || !base.from || base.from !== base.to) return undefined;
  for (let d = r.from; d <= r.to; d = addDays(d, 1)) if (weekdayOf(d) === weekdayOf(base.from)) return d;
  return undefined;
}

/** The days from..to, both given. */
type Days = { from: string; to: string };

/**
 * "这周六上午思明" → "不是这周 下周的", "Sunday afternoon in Jimei" → "next week then": a whole other week (or weekend) said
 * alone moves the days being searched into that week — next Saturday, not every day of next week (whose weekday trial
 * classes would then come first). Undefined when the words name narrower days than the week, when the search held no
 * days, or when the days searched already fill the new range.
 */
function sameDaysOtherWeek(base: Partial<SearchSlotsArgs>, r: Days): Days | undefined {
  if (!base.from || !base.to || r.from === r.to) return undefined;
  // A week, what is left of this one ("还是这周吧" on a Wednesday) or a weekend: days running to a Sunday, in one week.
  if (weekdayOf(r.to) !== 0 || startOfWeek(r.from) !== startOfWeek(r.to)) return undefined;
  if (daysBetween(base.from, base.to) > 6 || startOfWeek(base.from) !== startOfWeek(base.to)) return undefined;
  const shift = daysBetween(startOfWeek(base.from), startOfWeek(r.from));
  if (shift === 0) return undefined;
  const moved = { from: addDays(base.from, shift), to: addDays(base.to, shift) };
  if (moved.from < r.from || moved.to > r.to || (moved.from === r.from && moved.to === r.to)) return undefined;
  return moved;
}

/**
 * "any spots next weekend in Jimei?" → "saturday morning please": a weekday said bare while several days are searched
 * is that day among them (Saturday 5 Dec), not the nearest such day (28 Nov), correction or not.
 */
function dayAmongSearched(base: Partial<SearchSlotsArgs>, s: Slots): string | undefined {
  const r = s.dateRange;
  if (!r || r.from !== r.to || !base.from || !base.to || base.from === base.to || !BARE_WEEKDAY.test((s.dateText ?? '').trim())) return undefined;
  if (daysBetween(base.from, base.to) > 6) return undefined;
  for (let d = base.from; d <= base.to; d = addDays(d, 1)) if (weekdayOf(d) === weekdayOf(r.from)) return d === r.from ? undefined : d;
  return undefined;
}

/**
 * What to search for now: what the parent just said laid over what they were
 * looking for. A value they corrected replaces the old one; a value they
 * denied ("不是湖里", "not Saturday") is removed even when nothing replaces it.
 */
export function mergeSearch(base: Partial<SearchSlotsArgs>, s: Slots, childAgeMonths?: number): Partial<SearchSlotsArgs> {
  const next: Partial<SearchSlotsArgs> = { ...base, offset: undefined };
  const denied = s.negated ?? {};
  if (denied.district && next.district === denied.district) {
    next.district = undefined;
    next.near = undefined;
  }
  // "湖里的不要", "not Huli": that district stays out of the search until the parent names a district again.
  if (denied.district) next.excludeDistricts = [...new Set([...(next.excludeDistricts ?? []), denied.district])];
  if (denied.neighbourhood && next.district === denied.neighbourhood.district) next.near = undefined;
  // "江头那个太远了 还有别的吗": that point stays out until it is named again.
  if (denied.pointCode) {
    if (next.pointCode === denied.pointCode) next.pointCode = undefined;
    next.excludePoints = [...new Set([...(next.excludePoints ?? []), denied.pointCode])];
  }
  if (
    denied.dateRange &&
    (sameRange(denied.dateRange, next) || (next.from && next.to && denied.dateRange.from <= next.from && next.to <= denied.dateRange.to))
  ) {
    next.from = undefined;
    next.to = undefined;
  }
  if (denied.partOfDay && next.partOfDay === denied.partOfDay) next.partOfDay = undefined;
  if (s.dateRange) {
    const day = sameWeekDay(base, s) ?? dayAmongSearched(base, s) ?? sameWeekdayIn(base, s);
    const days = day ? { from: day, to: day } : (sameDaysOtherWeek(base, s.dateRange) ?? s.dateRange);
    next.from = days.from;
    next.to = days.to;
  }
  // "the week after", "推迟一周": the days searched, moved on by whole weeks.
  if (s.weekShift && base.from && base.to) {
    next.from = addDays(base.from, 7 * s.weekShift);
    next.to = addDays(base.to, 7 * s.weekShift);
  }
  if (s.partOfDay) next.partOfDay = s.partOfDay;
  if (s.district) {
    next.district = s.district;
    next.excludeDistricts = next.excludeDistricts?.filter((d) => d !== s.district);
    if (next.excludeDistricts?.length === 0) next.excludeDistricts = undefined;
    next.near = undefined;
    next.pointCode = undefined;
  }
  if (s.neighbourhood) {
    // A neighbourhood orders results by distance from it, within its district.
    next.near = { latitude: s.neighbourhood.latitude, longitude: s.neighbourhood.longitude };
    next.district = s.neighbourhood.district;
    next.pointCode = undefined;
  }
  // A point named by name: its sessions (and, when it is full, it is said so, with nearby alternatives).
  if (s.pointCode) {
    next.pointCode = s.pointCode;
    next.excludePoints = next.excludePoints?.filter((c) => c !== s.pointCode);
    if (next.excludePoints?.length === 0) next.excludePoints = undefined;
  }
  // "那附近还有哪里可以去", "anything else nearby?" after a named point: the points around it, nearest first, not it again.
  else if (s.wantsNearby) next.pointCode = undefined;
  if (s.classTitle) {
    next.kind = 'trial_class';
    next.classTitle = s.classTitle;
  } else if (s.kind) {
    next.kind = s.kind;
    if (s.kind !== 'trial_class') next.classTitle = undefined;
  }
  if (s.childAgeMonths !== undefined) next.childAgeMonths = s.childAgeMonths;
  else if (childAgeMonths !== undefined && next.childId === undefined) next.childAgeMonths = childAgeMonths;
  return next;
}

/** A new, complete request ("下周六海沧有吗") starts fresh; a fragment ("湖里的", "那就周日吧") refines. */
export function startsFresh(s: Slots): boolean {
  return !s.correction && s.dateRange !== undefined && (s.district !== undefined || s.neighbourhood !== undefined || s.kind !== undefined);
}

/**
 * What a request builds on: the search so far, or, for a new complete request, nothing but the place the parent was
 * looking in when they name none ("no care on Friday in Tong'an" → "ok, the trial class on Thursday then" is still
 * Tong'an). Parents rarely move between two requests of one conversation; a new place, a nearby search or a point
 * named by name replaces it.
 */
export function searchBase(context: Partial<SearchSlotsArgs> | undefined, s: Slots): Partial<SearchSlotsArgs> {
  if (!startsFresh(s)) return context ?? {};
  if (!context || s.district !== undefined || s.neighbourhood !== undefined || s.pointCode !== undefined || s.wantsNearby) return {};
  const { district, near, excludeDistricts, excludePoints } = context;
  return {
    ...(district !== undefined ? { district } : {}),
    ...(near !== undefined ? { near } : {}),
    ...(excludeDistricts?.length ? { excludeDistricts } : {}),
    ...(excludePoints?.length ? { excludePoints } : {}),
  };
}
