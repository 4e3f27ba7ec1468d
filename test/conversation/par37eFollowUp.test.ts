import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';
import { followsUp } from '../../src/conversation/dialogue/answers/parentWords.ts';

/**
 * Round 37 (par37e): "at what age then pea sized?" after how much toothpaste names a word of its own ("pea"), so it
 * read as a new question and was called not covered; a measure asked "then" leans on the answer before.
 */
describe('a measure asked "then" leans on the answer before', () => {
  it.each(['at what age then pea sized?', 'how much then?', 'what size then?', 'when then?'])('%s', (text) => {
    expect(followsUp(text)).toBe(true);
    expect(readFollowUp(text, 'how much toothpaste for a 14 month old?').leans).toBe(true);
  });

  it.each(['we brush then read a story, is that ok?', 'how do I brush her teeth?', 'what is a good age to start brushing?'])('not: %s', (text) => {
    expect(followsUp(text)).toBe(false);
  });
});
