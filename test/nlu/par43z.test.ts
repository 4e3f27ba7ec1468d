import { describe, expect, it } from 'vitest';
import { DOSE } from '../../src/conversation/dialogue/answers/parentWords.ts';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';
import { followUpChange } from '../../src/nlu/followUpChange.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { describesNotComplains } from '../../src/nlu/describesNotComplains.ts';
import type { Slots } from '../../src/nlu/types.ts';

/** Round 43 (par43z): the understanding changes, each worded apart from the probe file. */
describe('a nipple, a pillow or a bun is no head', () => {
  it.each(['想一下子断掉 奶头上抹了点芥末', '枕头掉了 在枕头上铺毛巾'])('%s', (t) => {
    expect(readHealthSigns(t).signs.has('head_knock')).toBe(false);
  });
  it('a knock on the head still reads', () => {
    expect(readHealthSigns('刚才从床上掉下来 撞到头了').signs.has('head_knock')).toBe(true);
  });
});

describe('a 开塞露 amount is a dose', () => {
  it.each(['开塞露用多少', '开塞露挤半支还是一支', 'how much glycerin suppository'])('%s', (t) => {
    expect(DOSE.test(t)).toBe(true);
  });
  it('food is not', () => expect(DOSE.test('一天喝多少水')).toBe(false));
});

describe('asking when to see a doctor names no topic by its doctor words', () => {
  it.each(['那啥时候要去看医生', '那什么时候要带去看医生', '那几个月还这样就要去看医生'])('%s', (t) => {
    const r = readFollowUp(t, '孩子说话结巴');
    expect(r.leans && r.ownTopic).toBe(false);
  });
  it('a fever asked with it still names one', () => {
    const r = readFollowUp('发烧三天了 什么时候要看医生', '孩子说话结巴');
    expect(r.leans && r.ownTopic).toBe(true);
  });
});

describe('an age corrected in Chinese months', () => {
  it.each(['不好意思 她是六个月 不是四个月', '说错了 是十个月'])('%s', (t) => {
    expect(followUpChange(t, {} as Slots)).toBe('age');
  });
});

describe('the family finding the parents too strict is not a complaint', () => {
  it('爷爷奶奶觉得我们太凶', () => {
    expect(describesNotComplains('奶奶又觉得我们太凶了 孩子一哭就护着 怎么办', { aboutChild: true, asks: true })).toBe(true);
  });
  it('a carer who was harsh is still one', () => {
    expect(describesNotComplains('老师对孩子很凶 怎么办', { aboutChild: true, asks: true })).toBe(false);
  });
});
