import { searchSlots } from './searchSlots.ts';
import type { Slots, UnderstandContext } from './types.ts';

/**
 * Where a parent corrects themselves in the middle of one message: "Sunday in Haicang? Actually scratch that, Jimei
 * is closer", "周六 哦不对 周日 湖里有位吗", "morning — no wait, afternoon". The marker starts a clause (after
 * punctuation or a space) and is not at the start of the message: a correction at the start corrects the message
 * before, which the dialogue handles.
 */
export const CORRECTION_MARKER =
  /(?:^|[\s，,。.!！?？;；—-]+)(?:(?:哦|噢|啊|呃|额|嗯)?\s*不对(?:不对)?|(?:哦|噢|啊|呃|额)\s*不(?![\u4e00-\u9fa5])|我是说|我的意思是|(?:不是|不)[,，\s]*(?:是|应该是)|(?:不好意思|抱歉|歹势)?\s*(?:我)?(?:说错了|讲错了|打错了)|(?:oh |no )?wait(?:,? no)?|no no|actually|scratch that|sorry(?:,? i meant?)?|i meant?|on second thought|correction)(?![a-z])/g;

type Kind = 'date' | 'part' | 'place' | 'kind';
const KINDS: Kind[] = ['date', 'part', 'place', 'kind'];

function has(s: Slots, k: Kind): boolean {
  if (k === 'date') return s.dateRange !== undefined;
  if (k === 'part') return s.partOfDay !== undefined;
  if (k === 'place') return s.district !== undefined || s.neighbourhood !== undefined;
  return s.kind !== undefined || s.classTitle !== undefined;
}

/**
 * The search slots the words after a mid-message correction restate, replacing those of the same kind said before
 * it; undefined when the message holds no such correction. Only kinds named on both sides are replaced, so "周六上午
 * 湖里 哦不对 海沧" keeps Saturday morning and moves to Haicang.
 */
export function selfCorrection(t: string, ctx: Pick<UnderstandContext, 'now' | 'timeZone'>): { now: Slots; kinds: Kind[] } | undefined {
  let last: { head: string; tail: string } | undefined;
  for (const m of t.matchAll(CORRECTION_MARKER)) {
    if (m.index === 0 || !t.slice(0, m.index).trim()) continue;
    last = { head: t.slice(0, m.index), tail: t.slice(m.index + m[0].length) };
  }
  if (!last) return undefined;
  const before = searchSlots(last.head, ctx);
  const after = searchSlots(last.tail, ctx);
  const kinds = KINDS.filter((k) => has(before, k) && has(after, k));
  if (!kinds.length) return undefined;
  return { now: after, kinds };
}

/** Lays the corrected kinds over `slots` (read from the whole text). */
export function applySelfCorrection(slots: Slots, fix: { now: Slots; kinds: Kind[] }): void {
  for (const k of fix.kinds) {
    if (k === 'date') {
      slots.dateRange = fix.now.dateRange;
      slots.dateText = fix.now.dateText;
    } else if (k === 'part') {
      slots.partOfDay = fix.now.partOfDay;
    } else if (k === 'place') {
      delete slots.district;
      delete slots.neighbourhood;
      if (fix.now.district) slots.district = fix.now.district;
      if (fix.now.neighbourhood) slots.neighbourhood = fix.now.neighbourhood;
    } else {
      delete slots.kind;
      delete slots.classTitle;
      if (fix.now.kind) slots.kind = fix.now.kind;
      if (fix.now.classTitle) slots.classTitle = fix.now.classTitle;
    }
  }
  // (Not marked a correction: the message corrects itself, not the search before it.)
}
