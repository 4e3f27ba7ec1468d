import type { SlotResult } from '../../booking/types.ts';
import { addDays, isWeekend, localDateOf, weekdayOf } from '../../time/zonedTime.ts';
import { formatDateRange } from '../format/formatDate.ts';
import { formatSlot, pointName, slotWhen } from '../format/formatSlot.ts';
import type { SearchSlotsArgs } from '../tools/searchSlotsTool.ts';
import type { ReplyBuilder } from './ReplyBuilder.ts';
import { comingWeekend, compactDate, nextWeekend } from './weekends.ts';
import { describeError } from '../../errors/describeError.ts';
import { DISTRICT_INFO } from '../../domain/xiamenPlaces.ts';

const PAGE = 5;

/** Asks which day, keeping what the parent already said. */
export function askForDate(b: ReplyBuilder, partial: Partial<SearchSlotsArgs>, wantsNearby = false): void {
  const { now, timeZone } = b.ctx;
  const cw = comingWeekend(now, timeZone);
  const nw = nextWeekend(now, timeZone);
  b.say('想约哪一天呢？周末托育是免费的，可以选下面的日子，或直接告诉我日期（如“12月6号上午”）。', 'Which day would you like? Weekend care is free — pick one below or tell me a date (e.g. "Saturday morning", "6 December").');
  const sat = cw.from === cw.to ? undefined : cw.from;
  b.row(
    ...(sat ? [b.button('本周六', 'This Saturday', 'dd', compactDate(sat))] : []),
    b.button('本周日', 'This Sunday', 'dd', compactDate(cw.to)),
    b.button('下周末', 'Next weekend', 'nw'),
  );
  b.state.pending = { type: 'search', partial, wantsNearby };
  void nw;
}

/** Asks for a shared location (or a district) for a "near me" search. */
export function askForLocation(b: ReplyBuilder, partial: Partial<SearchSlotsArgs>): void {
  b.say(
    '请发送你的位置（点输入框旁的📎→“位置”，或点下面的“发送我的位置”），我按距离从近到远帮你找。也可以直接告诉我区或街道，比如“湖里”“莲前”。',
    'Please share your location (📎 → Location, or the "Send my location" button) and I will list the nearest places first. You can also just name a district or neighbourhood, e.g. "Huli" or "Lianqian".',
  );
  b.requestLocation = true;
  b.state.pending = { type: 'search', partial, wantsNearby: true };
}

function relaxations(args: SearchSlotsArgs, b: ReplyBuilder): Array<{ args: SearchSlotsArgs; zh: string; en: string }> {
  const out: Array<{ args: SearchSlotsArgs; zh: string; en: string }> = [];
  const { partOfDay: _p, ...anyTime } = args;
  if (args.partOfDay) {
    out.push({ args: anyTime, zh: `${args.partOfDay === 'morning' ? '上午' : '下午'}没有空位了，这些是同一天其他时段的：`, en: `Nothing free in the ${args.partOfDay}; here are other times that day:` });
  }
  // Moving to the following weekend nearby beats moving across the city.
  if (weekendOnly(args.from, args.to)) {
    const following = nextWeekendAfter(args.to);
    out.push({ args: { ...anyTime, from: following.from, to: following.to }, zh: '那天已经没有可预约的空位了，这些是下一个周末的：', en: 'Nothing bookable is left then; here is the following weekend:' });
  }
  let widest: SearchSlotsArgs = anyTime;
  if (widest.district) {
    const { district: _d, ...rest } = widest;
    const name = DISTRICT_INFO[widest.district];
    widest = rest;
    out.push({ args: rest, zh: `${name.zh}暂时没有空位，这些是其他区的：`, en: `Nothing free in ${name.en}; here are places in other districts:` });
  }
  if (widest.classTitle) {
    const { classTitle: _c, ...rest } = widest;
    widest = rest;
    out.push({ args: rest, zh: '这个课程那天没有了，这些是其他课程和托育：', en: 'That class is not on then; here are other classes and care:' });
  }
  const nw = nextWeekend(b.ctx.now, b.ctx.timeZone);
  if (widest.to < nw.to) {
    out.push({ args: { ...widest, to: nw.to }, zh: '这几天没有可预约的空位了，这些是接下来几天的：', en: 'Nothing bookable is left on those days; here are the next days with places:' });
  }
  return out;
}

/** Full sessions matching a waitlist request, with a waitlist button each (free ones can be booked). */
export async function searchForWaitlist(b: ReplyBuilder, args: SearchSlotsArgs): Promise<void> {
  const run = await b.tool<{ results: SlotResult[] }>('search_slots', { ...args, includeFull: true });
  const results = run.result?.results ?? [];
  const full = results.filter((s) => s.free === 0);
  if (full.length === 0) {
    b.say('符合条件的场次目前都还有名额，不用排队，可以直接预约：', 'Those sessions still have places, so no waitlist is needed — you can book directly:');
    return runSearch(b, args);
  }
  b.say('这些场次已约满，可以排队候补（有名额空出时按顺序通知你，并为你保留一段时间）：', 'These sessions are full; you can join the waitlist (when a place frees up you are offered it in turn, held for a while):');
  const shown = full.slice(0, 5);
  b.text(shown.map((s, i) => formatSlot(s, i + 1, b.lang)).join('\n'));
  b.row(...shown.map((s, i) => b.button(`候补 ${i + 1}`, `Waitlist ${i + 1}`, 'w', s.sessionId)));
  b.state.lastSearch = { args, shown: shown.map((s) => ({ sessionId: s.sessionId, free: 0, label: `${pointName(s, b.lang)} ${slotWhen(s, b.lang)}` })) };
  b.state.pending = shown.length === 1 ? { type: 'offer_waitlist', sessionId: shown[0]!.sessionId } : undefined;
}

/** Runs a search, relaxing it when nothing matches, and shows numbered results with buttons. */
export async function runSearch(b: ReplyBuilder, args: SearchSlotsArgs): Promise<void> {
  const today = localDateOf(b.ctx.now, b.ctx.timeZone);
  if (args.to < today) {
    b.say('这个日期已经过去了。想约哪一天呢？', 'That date has already passed. Which day would you like?');
    askForDate(b, { ...args, from: undefined, to: undefined });
    return;
  }
  if (args.from < today) args = { ...args, from: today };

  let run = await b.tool<{ results: SlotResult[] }>('search_slots', args);
  if (!run.result) {
    b.text(describeError(run.error, b.lang).message);
    return;
  }
  let results = run.result.results;
  let used = args;
  let note: string | undefined;
  if (results.length === 0 && !args.offset) {
    for (const r of relaxations(args, b)) {
      run = await b.tool<{ results: SlotResult[] }>('search_slots', r.args);
      if (run.result && run.result.results.length > 0) {
        results = run.result.results;
        used = r.args;
        note = b.lang === 'zh' ? r.zh : r.en;
        break;
      }
    }
  }

  const range = formatDateRange(args.from, args.to, b.lang);
  if (results.length === 0) {
    if (args.offset) {
      b.say('没有更多结果了。', 'No more results.');
      b.row(b.button('下周末', 'Next weekend', 'nw'), b.button('我的预约', 'My bookings', 'mb'));
      return;
    }
    const full = await b.tool<{ results: SlotResult[] }>('search_slots', { ...args, includeFull: true });
    const fullOnes = (full.result?.results ?? []).filter((s) => s.free === 0);
    if (fullOnes.length > 0) {
      b.say(`${range}符合条件的场次都约满了。可以排队候补，有人取消时会按顺序通知你：`, `Everything matching on ${range} is fully booked. You can join a waitlist and I'll offer you a place in turn if one frees up:`);
      b.text(fullOnes.slice(0, 3).map((s, i) => formatSlot(s, i + 1, b.lang)).join('\n'));
      b.row(...fullOnes.slice(0, 3).map((s, i) => b.button(`候补 ${i + 1}`, `Waitlist ${i + 1}`, 'w', s.sessionId)));
      b.state.lastSearch = { args, shown: fullOnes.slice(0, 3).map((s) => ({ sessionId: s.sessionId, free: 0, label: slotWhen(s, b.lang) })) };
      b.state.pending = { type: 'offer_waitlist', sessionId: fullOnes[0]!.sessionId };
      return;
    }
    const beyondWindow = args.from > addDays(today, b.ctx.rules.opensDaysAhead);
    if (beyondWindow) {
      b.say(`${range}的场次还没开放预约：预约在开始前${b.ctx.rules.opensDaysAhead}天开放，到时再来约吧。也可以先看看近期的场次。`, `Sessions on ${range} are not open for booking yet: booking opens ${b.ctx.rules.opensDaysAhead} days ahead, so please come back then. You can also look at the coming days.`);
    } else {
      b.say(`${range}没有找到符合条件的空位。换个日子或地区试试？`, `I found no free places matching that on ${range}. Try another day or area?`);
    }
    b.row(b.button('下周末', 'Next weekend', 'nw'), b.button('找工作人员', 'Talk to staff', 'hu'));
    b.state.pending = { type: 'search', partial: { ...args, from: undefined, to: undefined } as Partial<SearchSlotsArgs> };
    return;
  }

  const offset = used.offset ?? 0;
  const header = note ?? (args.near
    ? say2(b, `${range}的空位（按距离从近到远）：`, `Free places, ${range} (nearest first):`)
    : say2(b, `${range}的空位：`, `Free places, ${range}:`));
  b.text(header);
  if (!used.kind && !rangeHasWeekend(used.from, used.to)) {
    b.say('（工作日提供免费体验课和试托；免费的半日托、临时托在周末。）', '(Weekdays have free trial classes and trial sessions; free half-day and temporary care is at weekends.)');
  }
  b.text(results.map((s, i) => formatSlot(s, offset + i + 1, b.lang)).join('\n'));
  b.say('点“预约”按钮，或回复序号（如“约第1个”）。', 'Tap "Book", or reply with the number (e.g. "book 1").');
  const bookButtons = results.map((s, i) => b.button(`预约 ${offset + i + 1}`, `Book ${offset + i + 1}`, 'b', s.sessionId));
  for (let i = 0; i < bookButtons.length; i += 3) b.row(...bookButtons.slice(i, i + 3));
  const nav = [];
  if (results.length === PAGE) nav.push(b.button('更多', 'More', 'm', offset + PAGE));
  nav.push(b.button('下周末', 'Next weekend', 'nw'));
  if (!args.near) nav.push(b.button('离我最近', 'Nearest to me', 'loc'));
  b.row(...nav);
  const shown = results.map((s) => ({ sessionId: s.sessionId, free: s.free, label: `${pointName(s, b.lang)} ${slotWhen(s, b.lang)}` }));
  const previous = offset > 0 && b.state.lastSearch ? b.state.lastSearch.shown.slice(0, offset) : [];
  b.state.lastSearch = { args: used, shown: [...previous, ...shown] };
  b.state.pending = undefined;
}

function weekendOnly(from: string, to: string): boolean {
  for (let d = from, i = 0; d <= to && i < 14; d = addDays(d, 1), i++) if (!isWeekend(d)) return false;
  return true;
}

/** The Saturday–Sunday after a date. */
function nextWeekendAfter(date: string): { from: string; to: string } {
  let d = addDays(date, 1);
  while (weekdayOf(d) !== 6) d = addDays(d, 1);
  return { from: d, to: addDays(d, 1) };
}

function rangeHasWeekend(from: string, to: string): boolean {
  for (let d = from, i = 0; d <= to && i < 14; d = addDays(d, 1), i++) if (isWeekend(d)) return true;
  return false;
}

function say2(b: ReplyBuilder, zh: string, en: string): string {
  return b.lang === 'zh' ? zh : en;
}
