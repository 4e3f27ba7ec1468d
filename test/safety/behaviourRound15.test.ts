import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 15: the child biting or hitting "另一个小朋友" / "另外一個小朋友" is the same behaviour question as "别的小朋友"
 * (what to do next time), not an injury at a point; a bite the child received stays an injury.
 */
describe('behaviour toward another child (round 15)', () => {
  it.each(['宝宝一岁八个月 今天在早教班咬了另一个小朋友的手臂 老师跟我说了 下次再咬人我当场应该怎么做', '兒子在托育點打了另外一個小朋友 回家要怎麼教'])(
    'is a parenting question: %s',
    (text) => {
      expect(levelOf(text)).toBe('none');
      expect(readHealthSigns(toSimplified(text)).atPoint).toBe(false);
    },
  );

  it('a bite received from another child is still an injury at the point', () => {
    expect(readHealthSigns('他在托育点被另一个小朋友咬了').atPoint).toBe(true);
  });
});
