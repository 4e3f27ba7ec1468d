import { describe, expect, it } from 'vitest';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 21 (outside writer, English): a thermometer reading written without a unit ("I check armpit 38.3") is a
 * fever, so a 2-month-old at 38.3 is red; a whole grape put in the mouth and then no breath, no sound and lips "going
 * blue" is a complete airway blockage (red, back blows and thrusts); a severe allergy told as the child's history ("had
 * anaphylaxis once and carries an EpiPen") in a question about care is not a reaction happening now.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['red', "Help please. Baby girl 2 month old, very hot, I check armpit 38.3. Ma'am at work. What I do??"],
  ['red', 'my 7 week old son, thermometer says 38.1, what should I do'],
  ['amber', 'my 4 month old, temp 38.6 since morning, still feeding ok'],
  ['none', 'the bath water was 38.5 c, is that ok for my 2 month old'],
  ['red', 'HELP my 14 month old put a whole grape in his mouth and now he cant breathe, no sound, his lips are going blue'],
  ['red', 'a peanut is stuck and she cannot breathe or cry'],
  ['red', "his lips are getting blue and he can't breathe"],
  [
    'none',
    "My son is 18 months and has a cow's milk protein allergy, he had anaphylaxis once and carries an EpiPen. Will the staff give him snacks with milk? Are they trained to use the EpiPen?",
  ],
  ['none', '我女儿20个月，对鸡蛋严重过敏，以前出现过过敏性休克，随身带肾上腺素笔。老师会不会用肾上腺素笔？'],
  ['red', 'he had anaphylaxis once, now his lips are swollen and he is wheezing'],
  ['red', 'I think he is having anaphylaxis'],
  ['red', '孩子过敏性休克了'],
];

describe('triage round 21 (en)', () => {
  it.each(TABLE)('%s ← %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });
});
