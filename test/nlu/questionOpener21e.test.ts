import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import type { UnderstandContext } from '../../src/nlu/understand.ts';

/**
 * Round 21 (outside writer, English): "I want to know", "I'd like to ask" open a question, not a request to act — "Before
 * I book anything I want to know: how many babies does one carer look after?" is the carer ratio, not "which day?". A
 * plain "I want to book Saturday morning" still books.
 */
const ctx: UnderstandContext = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai', childNames: [], points: [] };

describe('a question opened by "I want to know"', () => {
  it.each([
    'My girl was born at 31 weeks, she is 10 months now (7 months corrected). Before I book anything I want to know: how many babies does one carer look after in the baby group? She still needs a lot of attention.',
    "I'd like to know how many children each teacher looks after before we book",
    'Before we book I want to check: how many kids per carer?',
  ])('"%s" is a question', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it.each(['I want to book Saturday morning in Huli', "I'd like to book a half day this Sunday"])('"%s" still books', (text) => {
    expect(['book', 'find_slots']).toContain(understand(text, ctx).intent);
  });
});
