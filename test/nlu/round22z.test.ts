import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { foldDialectWords } from '../../src/text/dialectWords.ts';

/** Round 22 (fix22z): Chinese parents' messages, understood. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const searches = (text: string) => {
  const u = understand(text, ctx);
  return u.intent === 'find_slots' || (u.requests ?? []).some((q) => q.intent === 'find_slots');
};

describe('a family that moved looks for care near the new home', () => {
  it.each([
    ['我们刚从思明搬到翔安 之前都在思明那边的点 想在翔安新家附近找一个 这周六上午', 'xiangan'],
    ['上个月从湖里搬去同安了 这周日下午 同安有位吗', 'tongan'],
  ])('%s', (text, district) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.district).toBe(district);
  });
});

describe('a past day told in a story is not a booking date', () => {
  it.each(['俺孙女一岁半 嘎哈都往嘴里塞 昨天差点把扣子塞进去 这咋整', '一岁的宝宝昨天差点从沙发上摔下来 这么大的孩子在家要注意啥'])('%s', (text) => {
    expect(searches(text)).toBe(false);
  });
  it('a late booking of a past day still searches', () => {
    expect(searches('上周六的还能补约吗') || understand('上周六的还能补约吗', ctx).intent === 'book').toBe(true);
  });
});

describe("the child's unhappiness asked about is a parenting question, not a complaint", () => {
  it.each(['囝囝兩歲半 嚟咗廈門之後成日打人 搶其他細路啲玩具 係咪佢唔開心 我應該點教佢', '孩子最近老打人 是不是他不开心 我该怎么教'])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).not.toBe('complaint');
    expect((u.requests ?? []).some((q) => q.intent === 'complaint')).toBe(false);
  });
  it('a parent who is unhappy with the point still complains', () => {
    expect(understand('你们老师态度很差 我很不开心', ctx).intent).toBe('complaint');
  });
});

describe("a point's facilities asked about are a question, not a search", () => {
  it.each(['湖里嗰個點有冇地方泊BB車? 門口有冇斜路㗎', '集美那个点门口有坡道吗 双人车推得进去吗'])('%s', (text) => {
    expect(searches(text)).toBe(false);
  });
});

describe('whether a family with these papers may book is one eligibility question', () => {
  it.each(['我們是台灣來的 小孩只有台胞證 這樣可以預約週末托育嗎 要帶什麼證件', '我们是香港人 孩子只有回乡证 可以预约吗'])('%s', (text) => {
    expect(searches(text)).toBe(false);
  });
  it('places asked for with the papers still search', () => {
    expect(searches('我们户口在漳州 周六上午思明有位吗')).toBe(true);
  });
});

it('"下个月就满6个月了 就能送了呗": whether that age is taken, not a month of sessions', () => {
  expect(understand('那下个月就满6个月了 就能送了呗', ctx).intent).toBe('can_attend');
});

describe('Northeastern, Southwestern and more Cantonese words read as Mandarin', () => {
  it.each([
    ['俺孙女嘎哈都往嘴里塞 这咋整', '我孙女什么都往嘴里塞 这怎么办'],
    ['娃儿莫得牙齿 啥子钙 我也不晓得', '孩子没有牙齿 什么钙 我也不知道'],
    ['我们系香港人 用回乡证得不得 同埋', '我们是香港人 用回乡证可以吗 还有'],
  ])('%s', (text, folded) => {
    expect(foldDialectWords(text)).toBe(folded);
  });
  it('贼 as a thief is kept', () => {
    expect(foldDialectWords('小偷是贼')).toBe('小偷是贼');
  });
});
