import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

/** Round 18, the lead's probes: an ingestion told with a count and an owner ("1 or 2 of her blood pressure pills"). */
describe('someone else’s pills swallowed, told with how many', () => {
  it.each([
    "found my 2 year old with grandma's pill box open, maybe swallowed 1 or 2 of her blood pressure pills?? he looks ok",
    "maybe ate a couple of grandma's sleeping pills",
    'he swallowed two of her pills',
  ])('%s is a poisoning', (text) => {
    expect([...readHealthSigns(text).signs]).toContain('poisoning');
  });
  it('a child’s own prescribed tablets are not', () => {
    expect([...readHealthSigns('he took two of his antibiotic tablets as prescribed').signs]).not.toContain('poisoning');
  });
});
