import { describe, expect, it } from 'vitest';
import { asksAboutOuting } from '../../src/nlu/asksAboutOuting.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 33 (saf33): a tick found on the child after an outing to a sight is a first-aid question that names where it
 * happened, even with no word for the child; what is asked about the sight itself stays with the sight.
 */
const prepared = (text: string) => toSimplified(text).toLowerCase();

describe('a tick after an outing', () => {
  it.each(['去植物园 hiking 回来 发现 scalp 上有一只 tick', '從植物園爬山回來 頭皮上有隻蜱蟲', 'found a tick behind her ear after the botanical garden'])(
    'is about the child: %s',
    (text) => {
      expect(asksAboutOuting(prepared(text))).toBe(true);
    },
  );

  it('the sight asked about itself stays with the sight', () => {
    expect(asksAboutOuting(prepared('植物园门票多少钱 那边蜱虫多吗'))).toBe(false);
  });
});
