import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Xiamen
const ctx = { now, timeZone: 'Asia/Shanghai', childNames: ['Leo'] };

// Round 54, lead54 (test/fixtures/eval-tuning/lead54.jsonl).
describe('two service questions in one English sentence are two requests (round 54)', () => {
  it.each([
    ['what time does the saturday morning session start, and what should she bring with her?'],
    ['what time does the session finish, and what should he bring?'],
    ['when does it start? and what should they pack for her?'],
  ])('"%s"', (text) => {
    const u = understand(text, ctx);
    expect(u.requests?.length).toBe(2);
    expect(u.requests?.every((q) => q.intent === 'knowledge')).toBe(true);
  });

  it('"what should she bring" alone is the service question it asks', () => {
    expect(understand('what should she bring with her?', ctx).confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('leaving the child at a point is drop-off care (round 54)', () => {
  it.each([
    ['厦港那个点 周六上午能把孩子放那边吗'],
    ['廈港那個點 禮拜六早上可以把小孩放那邊嗎'],
    ['厦港点周六上午能托吗'],
    ['can I drop her at the xiagang point saturday morning?'],
  ])('"%s" wants care', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.wantsCare).toBe(true);
  });

  it.each([['周六上午厦港有什么课'], ['周六带娃去厦港那边玩点什么好'], ['周六上午思明有位吗']])('"%s" does not', (text) => {
    expect(understand(text, ctx).slots.wantsCare).toBeFalsy();
  });
});

// Round 54, lead54b (test/fixtures/eval-tuning/lead54b.jsonl): families of two.
describe('the child meant, in a family of two (round 54)', () => {
  const two = { now, timeZone: 'Asia/Shanghai', childNames: ['Emma', 'Leo'] };
  const zh = { now, timeZone: 'Asia/Shanghai', childNames: ['朵朵', '果果'] };

  it.each([
    ['oops we booked the wrong kid - sunday should be for Leo, not Emma', two, 'Leo', 'Emma'],
    ['周日的约错了 是果果不是朵朵', zh, '果果', '朵朵'],
    ['周六那个应该是给果果约的 不是朵朵', zh, '果果', '朵朵'],
  ] as const)('"%s" gives the booking to the other child', (text, c, to, from) => {
    const u = understand(text, c);
    expect(u.intent).toBe('reschedule');
    expect(u.slots.child).toEqual({ name: to });
    expect(u.slots.movedChild).toEqual({ name: from });
  });

  it('"搞错了 是果果 不是朵朵" with no booking word corrects a search, not a booking', () => {
    expect(understand('搞错了 是果果 不是朵朵', zh).slots.movedChild).toBeUndefined();
  });

  it.each([
    ["Emma's little brother needs a spot saturday afternoon in jimei", two, 'Leo'],
    ['朵朵的妹妹周日上午去湖里', zh, '果果'],
  ] as const)('"%s" is the sibling', (text, c, name) => {
    expect(understand(text, c).slots.child).toEqual({ name });
  });

  it.each([
    ['果果也约一个一样的', zh, '果果', '朵朵'],
    ['Leo too please, the same one', two, 'Leo', 'Emma'],
  ] as const)('"%s" copies the sibling\'s booking', (text, c, child, model) => {
    const u = understand(text, c);
    expect(u.slots.child).toEqual({ name: child });
    expect(u.slots.modelChild).toBe(model);
  });

  it('"果果跟朵朵一样 也会咬人" compares the children, no booking copied', () => {
    expect(understand('果果跟朵朵一样 也会咬人', zh).slots.modelChild).toBeUndefined();
  });
});

describe('a child denied before the day asked for (round 54)', () => {
  const two = { now, timeZone: 'Asia/Shanghai', childNames: ['Emma', 'Leo'] };
  it.each([
    ['book Leo not Emma for saturday', '2026-11-28'],
    ['book Leo not Emma on sunday morning', '2026-11-29'],
  ])('"%s" keeps the day', (text, date) => {
    const u = understand(text, two);
    expect(u.slots.child).toEqual({ name: 'Leo' });
    expect(u.slots.dateRange).toEqual({ from: date, to: date });
    expect(u.slots.negated?.dateRange).toBeUndefined();
  });

  it('"I meant Sunday not Saturday" still denies Saturday', () => {
    expect(understand('I meant Sunday not Saturday', two).slots.negated?.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });
});
