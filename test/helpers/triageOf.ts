import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { type TriageLevel, triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Triage of a short conversation as the core runs it: each message read on its
 * own (after Traditional→Simplified), with the signs remembered from the
 * earlier messages that carried a sign or an age.
 */
export function triageOf(messages: string[]) {
  let recent: string[] = [];
  let t = triageSigns(readHealthSigns(''), { recent });
  for (const m of messages) {
    const reading = readHealthSigns(toSimplified(m));
    t = triageSigns(reading, { recent });
    if (reading.signs.size > 0 || reading.ageMonths !== undefined) recent = t.remember;
  }
  return t;
}

/** The level of messages written "first || second" (one conversation). */
export const levelOf = (text: string): TriageLevel => triageOf(text.split(' || ')).level;
