import { describe, expect, it } from 'vitest';
import { questionAfterBookingTold } from '../../src/nlu/namedQuestion.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 54, hant54: Traditional Chinese with Taiwan wording; Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe("Taiwan's 有約 tells a booking held: the question told with it is a question, not a booking", () => {
  it.each([
    '我禮拜六有約湖裡的 請問一下那邊推車可以推進去嗎 還是要停外面',
    '我週六有約湖裡 那邊有停車位嗎',
    '我周六有约湖里的 请问那边推车可以推进去吗',
    '禮拜天下午有約臨托 可以帶水壺嗎',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests ?? []).not.toContainEqual(expect.objectContaining({ intent: 'book' }));
  });

  it('the question after the booking told is what is looked up', () => {
    expect(questionAfterBookingTold('我禮拜六有約湖裡的 請問一下那邊推車可以推進去嗎')).toBe('請問一下那邊推車可以推進去嗎');
  });

  it('a booking asked for, whether one is held, a cancel and a full session still read as before', () => {
    expect(understand('幫我約禮拜六早上湖裡', ctx).intent).toBe('book');
    expect(understand('周六有约吗', ctx).intent).not.toBe('book');
    expect(understand('我周六有约 不能去了 帮我取消', ctx).intent).toBe('cancel');
  });
});
