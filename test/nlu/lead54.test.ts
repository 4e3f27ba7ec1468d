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
