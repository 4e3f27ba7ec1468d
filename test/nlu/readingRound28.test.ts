import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { findChildMention } from '../../src/nlu/parseChildren.ts';

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
