import { describe, expect, it } from 'vitest';
import { GRIEVANCE } from '../../src/nlu/grievance.ts';

describe('GRIEVANCE: a carer who was impatient is a grievance, whatever else the message says', () => {
  it.each(['上次的老师不太耐心', '保育员没什么耐心', 'the carer was impatient with him', "the teacher wasn't very patient"])('hears "%s"', (s) =>
    expect(GRIEVANCE.test(s.toLowerCase())).toBe(true),
  );
  it.each(['老师很有耐心 想表扬一下', 'the carer was so patient with her'])('not praise: "%s"', (s) => expect(GRIEVANCE.test(s.toLowerCase())).toBe(false));
});
