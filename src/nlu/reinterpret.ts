import type { Reading, ReinterpretRule } from './ReinterpretRule.ts';
import type { UnderstandContext } from './types.ts';

/** The reading once every rule of a table that applies has changed it, in the table's order. */
export function reinterpret<W>(reading: Reading, words: W, ctx: UnderstandContext, rules: readonly ReinterpretRule<W>[]): Reading {
  for (const rule of rules) {
    if (!rule.applies(reading, words, ctx)) continue;
    rule.apply(reading, words, ctx);
    if (rule.final) break;
  }
  return reading;
}
