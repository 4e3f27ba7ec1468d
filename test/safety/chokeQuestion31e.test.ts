import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const read = (text: string) => readHealthSigns(prepareText(text));

// Round 31 (par31e): "how do I know if it's gagging or actual choking?" was answered with "Call 120 now"; "any tips so he
// doesn't choke on a fish bone?" with a fish bone stuck in the throat. Both ask about the risk; nobody is choking.
describe('gagging or choking, and how to prevent a choke, are questions about the risk', () => {
  it.each([
    "she gags on everything, it's terrifying. how do I know if it's gagging or actual choking?",
    'what is the difference between gagging and choking with BLW',
    "any tips so he doesn't choke on a fish bone?",
    'how do I prevent choking when she feeds herself',
  ])('%s', (text) => {
    const r = read(text);
    expect(r.signs.has('choking')).toBe(false);
    expect(r.signs.has('fish_bone')).toBe(false);
  });

  it.each(["my baby is choking and can't breathe", 'she is choking on a grape right now', 'he is choking, is it gagging or choking? he went blue'])(
    'still a choke now: %s',
    (text) => {
      expect(read(text).signs.has('choking')).toBe(true);
    },
  );

  it('a fish bone stuck is still read', () => {
    expect(read('fish bone stuck in his throat').signs.has('fish_bone')).toBe(true);
  });
});
