import { describe, expect, it } from 'vitest';
import { parseOrdinal } from '../../src/nlu/parseOrdinal.ts';
import { parsePlace } from '../../src/nlu/parsePlace.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// The lead's round-35 probes (test/fixtures/eval-tuning/lead35.jsonl): booking conversations in Traditional, Cantonese
// and mixed words.
describe('a question about a listed session is not a pick (round 35)', () => {
  it.each([
    ['what time does the second one finish?', 2],
    ['when does the first one start', 1],
    ['how long does the 3rd one last?', 3],
    ['第二个几点结束', 2],
    ['第一个是几点到几点的', 1],
    ['第2個幾點結束', 2],
  ])('"%s" asks about item %i', (text, n) => {
    const u = understand(text, { ...ctx, searching: true });
    expect(u.intent).toBe('point_info');
    expect(u.slots.ordinal).toBe(n);
  });
  it.each(['book the second one', '第二个', '约第一个'])('"%s" is still a pick', (text) => {
    expect(understand(text, { ...ctx, searching: true }).intent).toBe('book');
  });
});

describe('district names as Chinese voice typing writes them (round 35)', () => {
  it.each([
    ['周六上午胡里有位置吗', 'huli'],
    ['海仓那边周日有吗', 'haicang'],
    ['祥安有托育点吗', 'xiangan'],
    ['周六下午去吉美', 'jimei'],
  ])('"%s" → %s', (text, district) => {
    expect(parsePlace(text).district).toBe(district);
  });
  it('a fox is not Huli', () => {
    expect(parsePlace('宝宝怕狐狸的图片').district).toBeUndefined();
  });
});

describe('"for 18 months baby" is an age, "for 18 months" a duration (round 35)', () => {
  it('an age before a child word', () => {
    expect(understand('this weekend any slot in Siming for 18 months baby', ctx).slots.childAgeMonths).toBe(18);
  });
  it('a duration stays a duration', () => {
    expect(understand("I've been breastfeeding for 18 months", ctx).slots.childAgeMonths).toBeUndefined();
  });
});

describe('"第二朝", "第二日" are the next morning or day of a story, not the second item (round 35)', () => {
  it.each(['第二朝問佢又話唔記得', '第二日佢又發燒'])('"%s" has no ordinal', (text) => {
    expect(parseOrdinal(text)).toBeUndefined();
  });
  it('"第二个" still is one', () => {
    expect(parseOrdinal('第二个')).toBe(2);
  });
  it('a story about a 3-year-old that says 第二朝 is a question, not a pick', () => {
    const u = understand('個仔三歲 瞓咗一個鐘就突然喊到好大聲 眼又擘大 叫佢又唔應 第二朝問佢又話唔記得 係咪發惡夢', ctx);
    expect(u.intent).toBe('knowledge');
  });
});

describe('"after lunch" is the afternoon (round 35)', () => {
  it('"actually after lunch would be better" under a search moves it to the afternoon', () => {
    const u = understand('actually after lunch would be better', { ...ctx, searching: true, previousIntent: 'find_slots' });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.partOfDay).toBe('afternoon');
  });
  it('lunch itself is no part of the day', () => {
    expect(understand('does she need to bring lunch?', ctx).slots.partOfDay).toBeUndefined();
  });
});

describe('"同一个点同一个时间", "same place" are read once, by the NLU (round 35)', () => {
  it.each([
    ['帮我约下周六 同一个点同一个时间', { samePlace: true, sameTime: true }],
    ['下禮拜六 一樣的時間地點', { samePlace: true, sameTime: true }],
    ['same place next week', { samePlace: true }],
    ['same time on Sunday please', { sameTime: true }],
    ['还是原来那个地方', { samePlace: true }],
  ])('"%s"', (text, want) => {
    const s = understand(text, ctx).slots;
    expect({ samePlace: s.samePlace, sameTime: s.sameTime }).toEqual({ samePlace: undefined, sameTime: undefined, ...want });
  });
  it('a plain search says neither', () => {
    const s = understand('下周六湖里上午有位吗', ctx).slots;
    expect(s.samePlace ?? s.sameTime).toBeUndefined();
  });
});

describe('a trip already made is the story of what happened on it, not a search (round 35)', () => {
  it.each([
    '孩子两岁半 今天坐了一个多小时车去同安 下车就吐了一次 没有撞到头 现在精神挺好的 是晕车吗',
    'we drove to Tongan today and she threw up in the car, is it car sickness?',
  ])('"%s" is a question', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.some((q) => q.intent === 'find_slots')).not.toBe(true);
  });
  it('a trip with places asked for is still a search', () => {
    expect(understand('今天坐车去同安 那边有位吗', ctx).intent).toBe('find_slots');
  });
});
