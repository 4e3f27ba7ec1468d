import { describe, expect, it } from 'vitest';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 12b: parenting questions that only mention a triage word. A worry about
 * choking ahead of time (finger foods, baby-led weaning, lumpy food) is a
 * question about the risk, not a choke now — a child who cannot cough, cry or
 * breathe, or is turning blue, stays red whatever the worry words. A night
 * terror (screaming in the night with the eyes open, not responding, then back
 * to sleep) is sleep, not an unconscious child — floppy, stiff, jerking, blue
 * or breathing trouble stays red. Phrasings differ from the tuning set's.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // Choking worries.
  ['none', '十个月 给她吃软的苹果条 会不会噎住'],
  ['none', '宝宝开始吃碎块了 我很担心他卡着'],
  ['none', '想讓她自己拿著吃 又怕她噎到'],
  ['none', "I'm worried he might choke on the toast fingers"],
  ['none', 'nervous about choking with finger foods, any tips?'],
  // A choke now, with worry words or a question: stays red.
  ['red', '好怕 宝宝被饼干噎住了 咳不出来'],
  ['red', '他会不会噎住了 脸都发紫了'],
  ['red', "I'm so scared, she's choking and can't breathe"],
  ['red', '吃苹果卡住了 哭不出声'],
];

describe('triage round 12b', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });
});
