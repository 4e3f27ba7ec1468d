import { describe, expect, it } from 'vitest';
import { followsUp } from '../../src/conversation/dialogue/answers/parentWords.ts';

/** Round 23: asking whether a claim is true, or whether what happens is connected, leans on the answer just given. */
describe('is that true / can be connected', () => {
  it.each([
    'My friend in Nairobi says we must buy a helmet for the head. Is that true?',
    'It happens more after Saturday when we go to many places. Can be connected?',
    "it's always worse when she skips her nap. is that connected?",
    '奶奶说要买矫正头盔 是真的吗',
    '白天玩太累了 跟这个有关系吗',
  ])('%s', (t) => {
    expect(followsUp(t.toLowerCase())).toBe(true);
  });
  it.each(['what time does the Huli point open on Saturday', '宝宝脸上的湿疹越来越多了要怎么护理'])('%s asks afresh', (t) => {
    expect(followsUp(t)).toBe(false);
  });
});
