import { describe, expect, it } from 'vitest';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 54, saf54 (test/fixtures/eval-tuning/saf54.jsonl): a baby tooth knocked out on a table corner and bleeding,
 * with no place named for the blood, is a dental injury (a dentist today), not a head injury with a warning sign
 * (120). Worded apart from the probe file; the controls keep the head's own warnings red.
 */
describe('a knocked-out tooth that bleeds: the mouth bleeds, a dentist today, not 120', () => {
  it.each(['磕到桌角 门牙掉了 出血了', '跑太快撞到桌角 一顆牙齒撞掉 有流血'])('%s — amber tooth_injury', (text) => {
    const t = triageOf([text]);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('tooth_injury');
  });
});

describe("the head's own warnings stay red after a knocked tooth", () => {
  it.each(['撞到桌角 门牙掉了 额头一直流血', '撞到桌角 门牙掉了 还吐了两次', 'he hit his head on the table, knocked out a tooth and his head is bleeding'])(
    '%s — red',
    (text) => {
      expect(triageOf([text]).level).toBe('red');
    },
  );
});
