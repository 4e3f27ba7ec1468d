import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import type { UnderstandContext } from '../../src/nlu/types.ts';

/**
 * Round 29 (par29e): a spot on the body is not a place asked for. "宝宝头顶的 soft spot 囟门 洗头可以碰吗" was read as a
 * search for places ("any spots?") and answered with "which day would you like?".
 */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' } as UnderstandContext;

describe('a spot on the body is a parenting question, not places asked for', () => {
  it.each([
    '宝宝头顶的 soft spot 囟门 洗头可以碰吗',
    'can I touch the soft spot when I wash her hair',
    'he has red spots on his cheeks, is it eczema?',
    'little white spots on her nose, what are they',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('still reads places asked for', () => {
    expect(understand('any spots left this Saturday in Huli?', ctx).intent).toBe('find_slots');
    expect(understand('is there a spot for Sunday morning', ctx).intent).toBe('find_slots');
  });
});
