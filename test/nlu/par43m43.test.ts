import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai', previousIntent: 'knowledge' as const };

// Round 43 (par43m): an age corrected with "actually" or in weeks is the question before asked again of that age.
describe('an age corrected with "actually" or weeks', () => {
  it.each(["sorry, she's actually 3 months, not 6 weeks", 'sorry he is 8 weeks', "sorry, she's 10 months not 6"])('"%s" → age', (text) => {
    expect(understand(text, ctx).slots.followUpChange).toBe('age');
  });
});

// Round 43 (par43m): a refusal with nothing refused named leans on the answer before and names no topic of its own
// (alone, "refuses" reads as refusing food).
describe('a bare refusal after an answer', () => {
  const before = 'my 2 year old screams every time we put him in the car seat';
  it.each(['what if he still refuses?', 'and if she still won’t?'.replace('’', "'"), 'what if she still refuses it'])(
    '"%s" leans, no topic of its own',
    (text) => {
      const r = readFollowUp(text, before);
      expect(r.leans).toBe(true);
      expect(r.leans && r.ownTopic).toBe(false);
    },
  );
  it('a refusal that names what is refused keeps its topic', () => {
    const r = readFollowUp('what if he still refuses vegetables?', before);
    expect(r.leans && r.ownTopic).toBe(true);
  });
});
