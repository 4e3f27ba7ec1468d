import type { Reading, ReadWords, ReinterpretRule } from './ReinterpretRule.ts';
import { REINTERPRET_RULES } from './reinterpretRules.ts';
import type { UnderstandContext } from './types.ts';

/** The reading once every reinterpretation rule that applies has changed it, in the rules' order. */
export function reinterpret(reading: Reading, words: ReadWords, ctx: UnderstandContext, rules: readonly ReinterpretRule[] = REINTERPRET_RULES): Reading {
  for (const rule of rules) {
    if (!rule.applies(reading, words, ctx)) continue;
    rule.apply(reading, words, ctx);
    if (rule.final) break;
  }
  return reading;
}
