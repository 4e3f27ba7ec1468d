import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 39 (lead39): a child who screams when left with a carer, told with a part of the day, is a parenting question,
// not a search for that morning.
describe('a child screaming at a parting is a question, not a search (round 39)', () => {
  it.each([
    'my 14 month old screams every morning when I hand him to the nanny',
    '早上把她交给奶奶 她就一直尖叫',
    'she shrieks when I leave her at nursery in the morning',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a search that names a morning is still a search', () => {
    expect(understand('any place saturday morning for my 14 month old?', ctx).intent).toBe('find_slots');
  });
});
