import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import type { UnderstandContext } from '../../src/nlu/types.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00') } as unknown as UnderstandContext;

/** Round 44 (saf44): what to watch tonight is a question about the child, not a search for tonight. */
describe('what to watch for tonight', () => {
  it.each(['那今晚主要看什么', '今天晚上要注意些什么', 'what should I watch for tonight?'])('%s → knowledge', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a place tonight is still asked as a search', () => {
    expect(understand('今晚有位吗', ctx).intent).toBe('find_slots');
  });
});

describe('a hotel pool in a story of ear pain and a temperature', () => {
  it('is a health question, not out of scope', () => {
    expect(understand('we swam at the hotel pool on Sunday and now he is tugging at his ear with a temperature of 38', ctx).intent).toBe('knowledge');
  });
  it('the hotel asked of on its own still is out of scope', () => {
    expect(understand('which hotel is near the Huli point', ctx).intent).toBe('out_of_scope');
  });
});
