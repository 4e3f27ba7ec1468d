import { findPointName } from './findPointName.ts';
import { searchSlots } from './searchSlots.ts';
import type { Slots, UnderstandContext } from './types.ts';

/**
 * "周六改周日", "上午换成下午", "Saturday 改 Sunday", "can we change Saturday to Sunday": a value named before a change
 * verb and one of the same kind after it are the old and the new — the new is asked for, the old is denied. Read as
 * one text, both days would be searched (28–29 Nov). Only the kinds named on both sides are replaced: "周六上午改下午"
 * keeps Saturday and changes only the part of day.
 */
// (Prepared text: Simplified, lower case. The bare 改 / 换 come last so the longer verbs are cut whole.)
const CHANGE_VERB = /改成|改到|改为|改约|换成|换到|调到|挪到|移到|改|换|→|->|(?<![a-z])to(?![a-z])/g;
/** An English "to" replaces only after a change verb ("change / switch / move … to"), not in "go to Huli on Saturday". */
const ENGLISH_CHANGE = /(?<![a-z])(?:change|changing|switch|switching|move|moving|swap|swapping)(?![a-z])/;
/**
 * "Lucas周六的cancel掉 Chloe改约周日上午", "周六的取消 改成周日": with a cancellation the old value is the booking's own day,
 * which the move readings (understand.ts) take from the whole text; nothing is denied here.
 */
const CANCELS = /取消|退掉|退订|(?<![a-z])cancel/;
/** Where the old value may start: the clause the verb is in (or the one before it, "周六的，改成周日吧"). */
const CLAUSE_END = /[，,。.!！?？;；\n]/g;

type Kind = 'dateRange' | 'partOfDay' | 'place' | 'kind';

function slotValue(s: Slots, k: Kind): string | undefined {
  // (A point is a place of its own: "前埔改嘉莲" stays in Siming but changes the point.)
  if (k === 'place') return s.pointCode ?? s.district ?? s.neighbourhood?.district;
  if (k === 'kind') return s.classTitle ?? s.kind;
  const v = s[k];
  return v === undefined ? undefined : JSON.stringify(v);
}

export interface Replacement {
  /** The new values, to lay over the slots read from the whole text. */
  now: Slots;
  /** The old values, denied. */
  old: Slots;
}

/**
 * `whole`: the slots read from the whole text. Outside a search, only a kind the whole text already holds is replaced
 * (both days read as 28–29 Nov): "and what about changing it from morning to afternoon?" after an answer about
 * cancelling asks how changes work, and is not made a search for the afternoon here.
 */
export function replacedSlots(
  text: string,
  ctx: Pick<UnderstandContext, 'now' | 'timeZone' | 'points' | 'searching'>,
  whole: Slots = {},
): Replacement | undefined {
  const read = (part: string): Slots => {
    const s = searchSlots(part, ctx);
    const point = findPointName(part, ctx.points);
    if (point) s.pointCode = point;
    return s;
  };
  if (CANCELS.test(text)) return undefined;
  for (const m of text.matchAll(CHANGE_VERB)) {
    const at = m.index;
    if (m[0] === 'to' && !ENGLISH_CHANGE.test(text.slice(0, at))) continue;
    const ends = [...text.slice(0, at).matchAll(CLAUSE_END)].map((e) => e.index + e[0].length);
    const clauseStart = ends.at(-1) ?? 0;
    // (A clause that names nothing before the verb takes the one before it.)
    const start = /\S/.test(text.slice(clauseStart, at).replace(/的|那个|那|吧|呢|啊/g, '')) ? clauseStart : (ends.at(-2) ?? 0);
    const nextEnd = text.slice(at + m[0].length).search(/[，,。.!！?？;；\n]/);
    const after = nextEnd < 0 ? text.slice(at + m[0].length) : text.slice(at + m[0].length, at + m[0].length + nextEnd);
    const before = read(text.slice(start, at));
    const then = read(after);
    const kinds = (['dateRange', 'partOfDay', 'place', 'kind'] as const).filter((k) => {
      const a = slotValue(before, k);
      const b = slotValue(then, k);
      return a !== undefined && b !== undefined && a !== b && (ctx.searching || slotValue(whole, k) !== undefined);
    });
    if (kinds.length === 0) continue;
    const now: Slots = {};
    const old: Slots = {};
    for (const k of kinds) {
      if (k === 'dateRange') {
        now.dateRange = then.dateRange;
        now.dateText = then.dateText;
        old.dateRange = before.dateRange;
      } else if (k === 'place') {
        for (const p of ['district', 'neighbourhood', 'pointCode'] as const) {
          if (then[p] !== undefined) (now as Record<string, unknown>)[p] = then[p];
          if (before[p] !== undefined) (old as Record<string, unknown>)[p] = before[p];
        }
      } else if (k === 'kind') {
        now.kind = then.kind;
        if (then.classTitle) now.classTitle = then.classTitle;
        old.kind = before.kind;
        if (before.classTitle) old.classTitle = before.classTitle;
      } else {
        now.partOfDay = then.partOfDay;
        old.partOfDay = before.partOfDay;
      }
    }
    return { now, old };
  }
  return undefined;
}
