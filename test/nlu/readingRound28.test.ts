import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { findChildMention } from '../../src/nlu/parseChildren.ts';
import { agesTold } from '../../src/nlu/parseAge.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 28, the lead's fresh messages (test/fixtures/eval-tuning/lead28.jsonl) and trying the assistant as a parent.
describe('a refusal with a pause word before it is a refusal (round 28)', () => {
  it.each(['等等 先不要了', '先不要了', '等一下 不约了', 'wait no'])('%s', (text) => {
    expect(understand(text, { ...ctx, childNames: ['朵朵'] }).intent).toBe('deny');
  });
  it('"等等" alone refuses nothing', () => {
    expect(understand('等等', ctx).intent).not.toBe('deny');
  });
});

describe('a booking said to be made wrong, with the right day, is a move (round 28)', () => {
  it.each([
    ['sorry I booked the wrong day for Emma, I meant next saturday', '2026-12-05'],
    ['I booked the wrong day, should be sunday', '2026-11-29'],
    ['约错日子了 应该是周日', '2026-11-29'],
  ])('%s', (text, day) => {
    const u = understand(text, { ...ctx, childNames: ['Emma', '朵朵'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.dateRange?.from).toBe(day);
  });
  it('"不好意思 訂錯時間了 是下午" moves to the afternoon', () => {
    const u = understand('不好意思 訂錯時間了 是下午', ctx);
    expect(u.intent).toBe('reschedule');
    expect(u.slots.partOfDay).toBe('afternoon');
  });
  it('asking how to fix a wrong booking is not a move yet', () => {
    expect(understand('约错日子了 周日的能改吗', ctx).intent).not.toBe('find_slots');
  });
});

describe('of two children named, the one who is ill is why the other goes (round 28)', () => {
  it.each([
    ['actually make it Emma, Leo has a cold', ['Emma', 'Leo'], 'Emma'],
    ['make it Leo, Emma has a fever', ['Emma', 'Leo'], 'Leo'],
    ['换成朵朵吧 果果感冒了', ['朵朵', '果果'], '朵朵'],
    ['还是果果去吧 朵朵咳嗽', ['朵朵', '果果'], '果果'],
  ])('%s', (text, names, child) => {
    expect(findChildMention(text, names)).toEqual({ name: child });
  });
  it('"actually make it Emma, Leo has a cold" during a search is the search for Emma', () => {
    const u = understand('actually make it Emma, Leo has a cold', { ...ctx, childNames: ['Emma', 'Leo'], searching: true });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ name: 'Emma' });
  });
});

describe('saying which part was wrong is a correction (round 28)', () => {
  it.each(['日期错了 是12月5号', '地方不对 我们在海沧', "wrong kid! it's for Leo", 'wrong day, sunday please'])('%s', (text) => {
    expect(understand(text, { ...ctx, childNames: ['Leo', '朵朵'], searching: true }).slots.correction).toBe(true);
  });
});

describe("several children's ages, one over 3 (round 28)", () => {
  it.each([
    ['老大3岁2个月 老二1岁 周六湖里有位吗', [38, 12]],
    ['my older one is 3 and a half and the little one is 14 months, any place sunday?', [42, 14]],
    ['一个两岁半 一个一岁', [30, 12]],
  ])('%s: each age told', (text, ages) => {
    expect(agesTold(text.toLowerCase())).toEqual(ages);
  });
});

describe('children introduced with birth months only (round 28)', () => {
  it('"大的叫小安 2023年12月 小的叫小樂 2025年3月" lists both with their months', () => {
    const u = understand('我有兩個小孩 大的叫小安 2023年12月 小的叫小樂 2025年3月', ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.children).toEqual([
      { name: '小安', birthMonth: '2023-12' },
      { name: '小樂', birthMonth: '2025-03' },
    ]);
  });
  it('"帮我把果果的生日改成2025年6月20号" changes a birthday, not a booking', () => {
    expect(understand('帮我把果果的生日改成2025年6月20号', { ...ctx, childNames: ['果果'] }).intent).toBe('update_child');
  });
});

describe('a feeling that something is wrong with the child is no correction (round 28 merge)', () => {
  it.each(['总觉得孩子不对劲 要不要去医院', '孩子今天有点不对劲'])('%s', (text) => {
    expect(understand(text, ctx).slots.correction).toBeUndefined();
  });
});
