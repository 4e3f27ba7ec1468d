import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// The weather, a flight, a taxi or a hotel asked of on its own is outside the service; beside a question about the child it
// is the setting of a parenting question.
describe('everyday topics outside the service', () => {
  it.each([
    'the weather is so hot now, how many layers should my baby wear at night?',
    "we're flying to Chengdu next friday with our 10 month old, any tips for the flight?",
    '寶寶三個月 天氣很熱 可以餵一點水嗎',
    '天氣好熱 寶寶脖子跟背上長了好多小紅點 是痱子嗎',
  ])('set a question about the child: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it.each(["what's the weather tomorrow", '明天天气怎么样', 'any cheap flights to Beijing?'])('are out of scope alone: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('out_of_scope');
  });
});
