import { describe, expect, it } from 'vitest';
import { followsUp } from '../../src/conversation/dialogue/answers/parentWords.ts';

/** A question closed on the child ("…to him too?") leans on the answer about that child, like "…还是直接不理他". */
describe('a question that ends on the child leans on the answer before', () => {
  it.each(['should i try to speak chinese to him too? my chinese is pretty bad tbh', 'do i read to her as well?'])('%s', (t) => {
    expect(followsUp(t)).toBe(true);
  });
  it('a new question about the service does not', () => {
    expect(followsUp('what time does the huli point open on saturday?')).toBe(false);
  });
});

describe('a question that opens on the child leans on the answer before, as "他…" does', () => {
  it.each([
    'he understand when i say bring shoes or where is daddy. he bring shoes. this is good?',
    'she does point when i ask where is the cat. is that a good sign?',
  ])('%s', (t) => {
    expect(followsUp(t)).toBe(true);
  });
});
