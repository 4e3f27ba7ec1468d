import { describe, expect, it } from 'vitest';
import { POSTNATAL_LOW } from '../../src/nlu/lexicon/parentDistress.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const read = (s: string) => POSTNATAL_LOW.test(normalizeText(toSimplified(s)));

describe('POSTNATAL_LOW: low mood told together with the time since the birth', () => {
  it.each([
    '生完孩子三个月了 每天都想哭 什么都不想做 觉得自己是个失败的妈妈',
    '產後兩個月 心情一直很低落',
    'since the baby was born I cry every day and feel like a terrible mother',
    "postpartum and I'm so overwhelmed, can't cope",
  ])('hears "%s"', (s) => expect(read(s)).toBe(true));

  it.each(['生完孩子以后头发掉得厉害 正常吗', '每天带娃带到崩溃 感觉自己是个很失败的妈妈', 'since the baby was born the toddler has been hitting'])(
    'not "%s" (no distress, or no birth)',
    (s) => expect(read(s)).toBe(false),
  );
});

describe('POSTNATAL_LOW: a confinement custom asked about is the custom, not low mood (round 38)', () => {
  it.each(['剛生完 婆婆說坐月子不能洗頭 我真的受不了 到底能不能洗', '坐月子一直不准開冷氣 熱到受不了 可以開嗎'])('not "%s"', (s) =>
    expect(read(s)).toBe(false),
  );
  it('still hears low mood in the confinement month', () => expect(read('坐月子這個月每天都想哭 覺得自己好失敗')).toBe(true));
});
