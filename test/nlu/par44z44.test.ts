import { describe, expect, it } from 'vitest';
import { followUpChange } from '../../src/nlu/followUpChange.ts';
import type { Slots } from '../../src/nlu/types.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

/** Round 44 (par44z): the understanding changes, each worded apart from the probe file. */
describe('washing, shaving or combing the head is no knock', () => {
  it.each(['顶上软软的地方不敢碰 给她洗头也怕', '囟门那里不能碰吧 剃头的时候要小心吗', '碰都不敢碰 梳头都轻轻的'])('%s', (t) => {
    expect(readHealthSigns(t).signs.has('head_knock')).toBe(false);
  });
  it('a knock on the head still reads', () => {
    expect(readHealthSigns('刚才在茶几上碰到头了 起了个包').signs.has('head_knock')).toBe(true);
  });
});

describe('an age corrected after 不对 or 算错了', () => {
  it.each(['不对 是一岁两个月', '我算错了 她是九个月', '不对 我记错了 是十一个月了'])('%s', (t) => {
    expect(followUpChange(t, {} as Slots)).toBe('age');
  });
  it('a plain 不对 with no age is no age change', () => {
    expect(followUpChange('不对 我不是问这个', {} as Slots)).not.toBe('age');
  });
});
