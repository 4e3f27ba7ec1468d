import { describe, expect, it } from 'vitest';
import { followsUp } from '../../src/conversation/dialogue/answers/parentWords.ts';

describe('a follow-up opened by an acknowledgement', () => {
  it.each(['ok and what should I watch for afterwards?', '好的 那要多久', 'thanks, and what about at night?', 'what should I watch for after that?'])(
    '%s leans on the question before',
    (t) => {
      expect(followsUp(t)).toBe(true);
    },
  );
  it.each(['ok what time does the Huli point open on Saturday', '好的 宝宝脸上的湿疹越来越多了要怎么护理'])('%s asks afresh', (t) => {
    expect(followsUp(t)).toBe(false);
  });
});
