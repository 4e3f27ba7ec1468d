import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

// Round 36 (par36x's px36-zh-hant-004): a child who bites her own nails until they bleed has a habit, not a bite wound
// (was "咬伤破了皮 … 今天就看医生"); a bite by someone else, or an animal, is still a bite.
describe('biting one’s own nails is no bite', () => {
  it.each(['孩子三歲 很愛咬指甲 有時候咬到流血 怎麼辦', '儿子老是啃手指 啃到出血了', '她咬指甲咬破了皮', 'my 3 year old bites her nails until they bleed'])(
    '"%s"',
    (text) => {
      const signs = [...readHealthSigns(text).signs];
      expect(signs).not.toContain('bite');
      expect(signs).not.toContain('bite_broken');
    },
  );

  it.each(['他咬指甲 今天还被小朋友咬破了皮', '宝宝被狗咬了 流血了', 'another kid bit her arm and it broke the skin'])('"%s" is still a bite', (text) => {
    const signs = [...readHealthSigns(text).signs];
    expect(signs.some((s) => s === 'bite' || s === 'bite_broken' || s === 'animal_bite')).toBe(true);
  });
});
