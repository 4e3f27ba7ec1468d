import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

// Round 38 (mix38): a relative named in pinyin inside English ("2 of laolao's blood pressure pills") owns the medicine
// as "grandma's" does: an ingestion, red, even when the child seems fine.
const level = (m: string) => triageSigns(readHealthSigns(toSimplified(m)), { recent: [] }).level;

describe("someone else's pills named with a pinyin family word", () => {
  it.each([
    "my toddler swallowed maybe 2 of laolao's blood pressure pills 15 min ago. he seems fine right now",
    "she ate some of nainai's heart tablets",
    "he chewed 3 of ama's pills",
  ])('%s → red', (m) => {
    expect(level(m)).toBe('red');
  });

  it("still reads grandma's pills as before", () => {
    expect(level("he ate some of grandma's blood pressure pills")).toBe('red');
  });
});
