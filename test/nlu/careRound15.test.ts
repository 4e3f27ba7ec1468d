import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 15 (care15): stored breast milk asked with the days it was pumped and kept is a question, not a search. */
describe('breast milk kept since a named day', () => {
  it.each([
    '周一吸的奶放冰箱冷藏 今天周四了还能给宝宝喝吗',
    '冻奶周六拿出来解冻的 周日还能喝吗',
    'I pumped on Monday and kept it in the fridge, is it still ok for the baby on Thursday?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a search naming a day stays a search', () => {
    expect(understand('周六上午湖里有位置吗', ctx).intent).toBe('find_slots');
  });
});
