import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 39 (lead39): drool rash gone raw is the drool-rash question (pat dry, a barrier), not a graze to rinse and
 * watch; a wound told with its own words beside drool stays a wound. Worded apart from the tuning set.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('drool rash gone raw is no wound', () => {
  it.each(['口水流太多 嘴角下巴都破皮了', '長牙一直流口水 脖子那裡紅紅破皮', 'so much drool with her teeth, her chin is red and raw'])('%s', (text) => {
    expect(signsOf(text).has('minor_wound')).toBe(false);
  });
});

describe('a wound beside drool stays a wound', () => {
  it.each(['流着口水摔了一跤 下巴磕破了', 'he was drooling and fell, cut his chin on the table'])('%s', (text) => {
    expect(signsOf(text).has('minor_wound')).toBe(true);
  });
});
