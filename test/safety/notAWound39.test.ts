import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 39 (helpers' leftovers par39e, par39z): words that look like a sign but tell something ordinary — snacking all
 * day ("grazes"), lifting cradle-cap crusts ("scrape"), white milk curds in the poo, spit-up through the nose — are no
 * wound, no pale stool, no projectile vomiting. The same words with the sign's own meaning still read as the sign.
 * Worded apart from the tuning sets.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('ordinary words are no sign', () => {
  it.each([
    ['she grazing on snacks between meals, is that ok?', 'minor_wound'],
    ['should I scrape the flakes off her scalp with a comb?', 'minor_wound'],
    ['大便里有一粒一粒白色的奶块 要紧吗', 'pale_stool'],
    ['便便裡有白色的小顆粒 正常嗎', 'pale_stool'],
    ['她吐奶的时候有时会从鼻子喷出来', 'projectile'],
  ] as const)('%s', (text, sign) => {
    expect(signsOf(text).has(sign)).toBe(false);
  });
});

describe('the sign told in its own words stays', () => {
  it.each([
    ['she grazed her chin on the pavement', 'minor_wound'],
    ['大便颜色灰白 像陶土 还有奶块', 'pale_stool'],
    ['吃完奶就喷射状吐出来 鼻子也有', 'projectile'],
  ] as const)('%s', (text, sign) => {
    expect(signsOf(text).has(sign)).toBe(true);
  });
});
