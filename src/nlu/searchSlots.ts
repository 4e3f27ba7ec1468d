import { parseDates } from './parseDates.ts';
import { parsePartOfDay } from './parsePartOfDay.ts';
import { parsePlace } from './parsePlace.ts';
import { parseService } from './parseService.ts';
import type { Slots, UnderstandContext } from './types.ts';

/**
 * The search facts of a (prepared) text: day, part of day, place, kind of care. `skip` blanks spans that hold dates
 * which are not the day asked for (birth dates), keeping every other offset in place.
 */
export function searchSlots(t: string, ctx: Pick<UnderstandContext, 'now' | 'timeZone'>, skip: Array<[number, number]> = []): Slots {
  const slots: Slots = {};
  let forDates = t;
  for (const [from, to] of skip) forDates = forDates.slice(0, from) + ' '.repeat(to - from) + forDates.slice(to);
  const dates = parseDates(forDates, ctx.now, ctx.timeZone);
  if (dates.dateRange) {
    slots.dateRange = dates.dateRange;
    slots.dateText = dates.dateText;
    if (dates.ageReached) slots.dateOfAge = true;
  }
  const part = parsePartOfDay(t);
  if (part) slots.partOfDay = part;
  Object.assign(slots, parsePlace(t));
  Object.assign(slots, parseService(t));
  return slots;
}
