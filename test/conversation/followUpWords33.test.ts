import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';

// Round 33: a follow-up that starts from what was just said ("之后", "以后", "然后", "接下来") leans on the answer before,
// whatever topic word it carries ("之后多久check一次" after the first dentist visit is how often to go back, not how
// often the points are inspected).
describe('follow-ups that start from the answer before (round 33)', () => {
  it.each(['之后多久check一次', '之后多久检查一次', '以后多久去一次', '接下来要注意什么'])('"%s" leans on the question before', (text) => {
    expect(readFollowUp(text, '宝宝第一次看dentist要多大').leans).toBe(true);
  });
  it('with nothing asked before, it stands alone', () => {
    expect(readFollowUp('之后多久检查一次', undefined).leans).toBe(false);
  });
});
