import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const levelOf = (text: string) => triageSigns(readHealthSigns(toSimplified(text)), { recent: [] }).level;

/** Round 23: a pea of children's toothpaste named in English inside Chinese is low toxicity, not a 偷吃 poisoning. */
describe('toothpaste named in English in a Chinese message', () => {
  it.each(['女儿两岁，刚才偷偷吃了一点toothpaste，豌豆那么大，有fluoride的，要紧吗', '他偷吃了一点kids toothpaste 要去医院吗'])('%s', (text) => {
    expect(readHealthSigns(toSimplified(text)).signs.has('poisoning')).toBe(false);
    expect(levelOf(text)).toBe('watch');
  });
  it('medicine sneaked is still a poisoning', () => {
    expect(levelOf('他偷吃了奶奶的降压药')).toBe('red');
  });
});
