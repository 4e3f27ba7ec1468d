import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import type { UnderstandContext } from '../../src/nlu/understand.ts';

/** After an answer, a question that leans on it asks about it; a day, places or an order still act. */
const ctx = (previousIntent?: UnderstandContext['previousIntent']): UnderstandContext =>
  ({ now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai', childNames: [], points: [], previousIntent }) as UnderstandContext;

describe('a question leaning on the answer before', () => {
  it.each([
    '那被pause了 还能cancel已经约好的吗',
    '那weekday的trial class算吗',
    '要是对处理结果不满意呢',
    'so what stops people from booking and then not turning up?',
  ])('"%s" after an answer is a question', (text) => {
    expect(understand(text, ctx('knowledge')).intent).toBe('knowledge');
  });

  it.each(['那帮我取消吧', '那还有位置吗', '那周日呢'])('"%s" after an answer still acts', (text) => {
    expect(understand(text, ctx('knowledge')).intent).not.toBe('knowledge');
  });

  it('with no answer before, the same words are not read as leaning on one', () => {
    expect(understand('那被pause了 还能cancel已经约好的吗', ctx(undefined)).intent).not.toBe('knowledge');
  });
});
