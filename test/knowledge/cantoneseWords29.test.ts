import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 29 (par29z): Hong Kong families' words for day and night, chasing with the bowl and the live-in helper read as
 * the Mandarin the documents use, so a Cantonese question meets the section a Mandarin one finds.
 */
const terms = (text: string) => extractTerms(toSimplified(text));

describe('Cantonese everyday words read as the documents’ Mandarin', () => {
  it('日頭 and 夜晚 read as 白天 and 晚上', () => {
    const t = terms('我個女日頭成日瞓 夜晚又唔瞓');
    expect(t).toContain('白天');
    expect(t).toContain('晚上');
  });

  it('成晚 and 醒住 read as 整晚 and 醒', () => {
    const t = terms('佢成晚醒住');
    expect(t).toContain('整晚');
    expect(t).toContain('醒');
  });

  it('工人姐姐 追住 個仔 食飯 read as 阿姨 追 儿子 吃饭', () => {
    const t = terms('工人姐姐追住個仔食飯');
    expect(t).toContain('阿姨');
    expect(t).toContain('追');
    expect(t).toContain('儿子');
  });
});
