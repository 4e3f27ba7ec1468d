import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// An age right after a birth-order word is the child's age, not a name ("二十四个" is no child, nor is "老").
describe('a birth order followed by an age', () => {
  it.each([
    ['我家老二二十四个月了 最近每天晚上都要闹到十一点才睡', 2],
    ['我家老二两岁了', 2],
    ['老大快四岁了', 1],
  ])('%s', (text, order) => {
    const u = understand(text, ctx);
    expect(u.slots.childName).toBeUndefined();
    expect(u.slots.child?.birthOrder).toBe(order);
  });
  it('keeps a name given after the birth order', () => {
    expect(understand('老二叫果果 两岁', ctx).slots.childName).toBe('果果');
  });
});

// A session told full in learners' English or pinyin is told, not a booking; the question after it is the request.
describe('a session told full', () => {
  it.each([
    'huli sunday afternoon it show full already. what can I do now? my husband and me both work',
    'hi, I try to book Siming point Saturday morning but it say man le, full. what can I do? really need, I have work',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('still books when the parent asks for it', () => {
    expect(understand('book saturday morning in siming please', ctx).intent).toBe('book');
  });
});
