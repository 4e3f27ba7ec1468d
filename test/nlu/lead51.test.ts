import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';
import { analyzeText } from '../../src/knowledge/extractTerms.ts';

/** Round 51 (lead): a follow-up about where the child sleeps, after a sleep answer. */
const before = '18 month old used to go down no problem, now screams as soon as i leave the room at bedtime';

describe('"at this point" after an answer leans on it: the situation just told, not a topic of its own', () => {
  it.each(['should we just bring him into our bed at this point', 'is it ok to let her skip the nap at this stage', 'what should I do in the meantime'])(
    '%s',
    (text) => {
      expect(readFollowUp(text, before).leans).toBe(true);
    },
  );
  it('with nothing before, it stands alone', () => {
    expect(readFollowUp('should we just bring him into our bed at this point', undefined).leans).toBe(false);
  });
});

describe('"bring him into our bed" moves the child; it packs nothing', () => {
  it.each(['should we just bring him into our bed', 'can I bring her in with us when she wakes', 'bring the baby back into our bed?'])('%s', (text) => {
    expect(analyzeText(text).concepts).not.toContain('bring');
  });
  it.each(['what should I bring for drop-off', 'can I bring her stroller in', 'do we bring him a spare set of clothes'])('%s still packs', (text) => {
    expect(analyzeText(text).concepts).toContain('bring');
  });
});
