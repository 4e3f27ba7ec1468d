import { parseClockTime } from '../../nlu/parsePartOfDay.ts';
import type { Reply } from '../dialogue/Reply.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';

/**
 * A day's care asked for at a time after its last session ends ("周六晚上6点有位吗", "any spot saturday at 6pm?", a
 * wedding dinner): said plainly — the day's sessions end by then — before the list, so the afternoon sessions that
 * follow are not read as care at that hour. True when said: the day's afternoon, nearest the hour asked, is listed. The day's own timetable decides (an operator's late session counts): its
 * afternoon sessions, full ones included, read from the booking engine without counting as a search. A time before
 * the first session is left alone: "7点起床" in a message is the child's day more often than the care asked for.
 */
export async function sayAfterLastSession(r: Reply, text: string, partial: Partial<SearchSlotsArgs>): Promise<boolean> {
  if (!partial.from || partial.from !== partial.to) return false;
  const asked = parseClockTime(text);
  if (!asked || asked < '12:00') return false;
  const day = await r.ctx.booking.searchSlots({ from: partial.from, to: partial.to, partOfDay: 'afternoon', includeFull: true, limit: 50 }).catch(() => []);
  const lastEnd = day
    .map((s) => s.endTime)
    .sort()
    .at(-1);
  if (!lastEnd || asked < lastEnd) return false;
  r.say(r.w.search.afterLastSession(r.w.format.date(partial.from), asked, lastEnd));
  return true;
}
