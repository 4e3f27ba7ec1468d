import { z } from 'zod';
import { DISTRICTS } from '../../domain/xiamenPlaces.ts';
import { CLASS_TITLES, SESSION_KINDS } from '../../domain/serviceKinds.ts';
import type { SlotResult } from '../../booking/types.ts';
import { defineTool } from './defineTool.ts';
import { formatSlot, pointName, slotWhen } from '../format/formatSlot.ts';
import { bookAction, remindWhenOpensAction, waitlistAction } from '../actions/bookingActions.ts';
import { askLocationAction, moreResultsAction, nextWeekendAction } from '../actions/searchActions.ts';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** Results per page. */
export const SEARCH_PAGE = 5;

export const searchSlotsArgs = z.object({
  from: localDate.describe('first day, YYYY-MM-DD in Asia/Shanghai'),
  to: localDate.describe('last day (inclusive), YYYY-MM-DD'),
  partOfDay: z.enum(['morning', 'afternoon']).optional(),
  district: z.enum(DISTRICTS).optional(),
  excludeDistricts: z.array(z.enum(DISTRICTS)).max(6).optional().describe('districts the parent said they do not want ("not Huli")'),
  excludePoints: z.array(z.string().max(20)).max(10).optional().describe('point codes the parent turned down ("Jiangtou is too far")'),
  near: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .optional()
    .describe("the parent's shared location; results nearest first"),
  childAgeMonths: z.number().int().min(0).max(72).optional(),
  childId: z.number().int().positive().optional().describe('from list_children: only sessions that fit this child on the day'),
  kind: z.enum(SESSION_KINDS).optional(),
  classTitle: z.enum(CLASS_TITLES).optional(),
  pointCode: z.string().max(20).optional().describe('only this point (code from find_points)'),
  offset: z.number().int().min(0).max(200).optional(),
  includeFull: z.boolean().optional().describe('also list full sessions (for the waitlist)'),
});
export type SearchSlotsArgs = z.infer<typeof searchSlotsArgs>;

export interface SearchSlotsResult {
  results: SlotResult[];
  offset: number;
  /** Presentation only: items already listed above in this reply (a list per child), so numbers go on from there. */
  numberFrom?: number;
}

/** How many sessions each reply has listed so far. */
const listedInReply = new WeakMap<object, number>();

/** Sessions this reply has already numbered (a list before: another child, another request, a full point's waitlist). */
export function listedSoFar(r: object): number {
  return listedInReply.get(r) ?? 0;
}

/** Records that this reply has numbered sessions up to `n`. */
export function noteListed(r: object, n: number): void {
  listedInReply.set(r, n);
}

export const searchSlotsTool = defineTool({
  name: 'search_slots',
  description:
    'Find places (sessions) at community care points. Returns sessions with sessionId, point, address, time, kind, free places, distance, and whether booking is open yet (bookable, bookingOpensAt). Use a sessionId from here for book_session or join_waitlist.',
  schema: searchSlotsArgs,
  async handler(args, ctx): Promise<SearchSlotsResult> {
    const { pointCode, excludeDistricts, excludePoints, ...query } = args;
    const offset = args.offset ?? 0;
    const excluded = new Set(excludeDistricts ?? []);
    const turnedDown = new Set(excludePoints ?? []);
    // A point, or districts and points left out ("湖里的不要", "江头那个太远了"), are picked from a wider page of the search, then paged here.
    const filtered = pointCode !== undefined || excluded.size > 0 || turnedDown.size > 0;
    const results = await ctx.booking.searchSlots({
      ...query,
      parentId: query.childId ? ctx.userId : undefined,
      limit: filtered ? 50 : SEARCH_PAGE,
      offset: filtered && !pointCode ? 0 : offset,
    });
    if (!filtered) return { results, offset };
    const kept = results.filter(
      (s) => (pointCode === undefined || s.point.code === pointCode) && !excluded.has(s.point.district) && !turnedDown.has(s.point.code),
    );
    return { results: pointCode ? kept.slice(0, SEARCH_PAGE) : kept.slice(offset, offset + SEARCH_PAGE), offset };
  },
  present(r, { results, offset, numberFrom }, args) {
    const w = r.w;
    // A second list in the same reply (another child, another request) numbers on from the first.
    const first = (numberFrom ?? listedInReply.get(r) ?? 0) + offset;
    listedInReply.set(r, first + results.length);
    r.say(results.map((s, i) => formatSlot(s, first + i + 1, w, r.lang, r.ctx.now, r.ctx.timeZone)).join('\n'));
    const bookable = results.map((s, i) => ({ s, n: first + i + 1 })).filter(({ s }) => s.bookable || s.free === 0);
    if (bookable.length) r.say(w.search.pickHint);
    // A search for one child books or queues that child, whoever is in focus later.
    const forChild = (id: number): [number, number?] => (args.childId !== undefined ? [id, args.childId] : [id]);
    r.grid(
      bookable.map(({ s, n }) =>
        s.free === 0 ? r.button(waitlistAction, forChild(s.sessionId), w.search.waitlistN(n)) : r.button(bookAction, forChild(s.sessionId), w.search.bookN(n)),
      ),
    );
    // Sessions not open for booking yet: a reminder when they open (the first two), never a "Book" button.
    const notYetOpen = results
      .map((s, i) => ({ s, n: first + i + 1 }))
      .filter(({ s }) => !s.bookable && s.free > 0 && new Date(s.bookingOpensAt) > r.ctx.now)
      .slice(0, 2);
    if (notYetOpen.length && r.ctx.remindWhenBookingOpens) {
      r.row(
        ...notYetOpen.map(({ s, n }) =>
          r.button(remindWhenOpensAction, [s.sessionId, Math.floor(new Date(s.bookingOpensAt).getTime() / 60_000)], w.search.remindMe(n)),
        ),
      );
    }
    const nav = [];
    if (results.length === SEARCH_PAGE) nav.push(r.button(moreResultsAction, [offset + SEARCH_PAGE]));
    nav.push(r.button(nextWeekendAction, []));
    if (!args.near) nav.push(r.button(askLocationAction, [], w.search.nearestToMe));
    r.row(...nav);
    const shown = results.map((s) => ({
      sessionId: s.sessionId,
      free: s.free,
      bookable: s.bookable,
      label: `${pointName(s.point, r.lang)} ${slotWhen(s, w)}`,
      when: slotWhen(s, w),
      pointCode: s.point.code,
      district: s.point.district,
      localDate: s.localDate,
      kind: s.kind,
      ...(!s.bookable && new Date(s.bookingOpensAt) > r.ctx.now ? { opensAt: Math.floor(new Date(s.bookingOpensAt).getTime() / 60_000) } : {}),
    }));
    const previous = first > 0 && r.state.lastSearch ? r.state.lastSearch.shown.slice(0, first) : [];
    r.state.lastSearch = { args, shown: [...previous, ...shown] };
  },
});
