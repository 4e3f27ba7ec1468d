import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

/** Round 53, lead53: the booking work in Traditional Chinese; Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('a person asked for in so many words ("有人可以幫我嗎") is a person, also after a booking gone wrong', () => {
  it.each(['預約一直弄不好 我快崩潰了 有人可以幫我嗎', '有人可以幫我嗎', '我快崩溃了 有人可以帮我吗', '有没有人能帮帮我'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });
  it('someone asked to look at a rash stays a health question, and a carer who helps is no request for a person', () => {
    expect(understand('有人可以帮我看看这个疹子吗', ctx).intent).not.toBe('human');
    expect(understand('周六有人可以帮我带一下孩子吗', ctx).intent).not.toBe('human');
  });
});

describe('"can someone help me?" asks for a person; someone asked to help with a parenting question or a search does not', () => {
  it.each([
    'can someone help me?',
    'is there anyone who can help me',
    'can someone help me with the booking',
    "the booking keeps failing and I'm losing it, can someone help me?",
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });
  it.each(["can anyone help me understand why he won't nap", 'can someone help me find a slot on saturday'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('human');
  });
});
