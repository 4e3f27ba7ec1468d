import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { nightmareForNightTerror, tellsNightTerrorSigns } from '../../src/knowledge/nightTerrorSigns.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 32 (par32z): a night terror called 做噩梦 is read by its signs; Cantonese words of a tantrum in the mall and of a
 * night terror read as the documents' Mandarin; "newborn" and "outgrow" inside Chinese read.
 */
describe('a night terror told by its signs', () => {
  it.each([
    '三岁女儿晚上睡着睡着就尖叫 眼睛是睁开的 我抱着她她也没反应 是不是做噩梦',
    '半夜突然大哭大叫 叫他也不理 第二天完全不记得 是做噩梦吗',
    '半夜突然尖叫 眼睛張開但叫她都沒反應 是做惡夢嗎',
    'she screams in her sleep with her eyes open and does not respond, is it a nightmare?',
  ])('tells the signs: %s', (q) => expect(tellsNightTerrorSigns(q)).toBe(true));

  it.each([
    '女儿三岁 半夜哭醒说有怪兽追她 抱着我不放 还能讲出梦里的事',
    '孩子晚上做噩梦 不敢自己睡',
    'he wakes up crying after a bad dream and tells me about it',
  ])('a nightmare told as one is not: %s', (q) => expect(tellsNightTerrorSigns(q)).toBe(false));

  it('only a nightmare or fear-of-the-dark heading yields', () => {
    const q = '晚上睡着就尖叫 眼睛睁着 没反应 是不是做噩梦';
    expect(nightmareForNightTerror('孩子怕黑、怕怪兽、做噩梦，不敢自己睡，怎么办？', q)).toBe(true);
    expect(nightmareForNightTerror('孩子半夜突然尖叫、睁着眼却叫不醒，是夜惊吗？怎么办？', q)).toBe(false);
    expect(nightmareForNightTerror('宝宝夜里总是醒，正常吗？', q)).toBe(false);
    expect(nightmareForNightTerror('孩子怕黑、怕怪兽、做噩梦，不敢自己睡，怎么办？', '孩子做噩梦 不敢自己睡')).toBe(false);
  });
});

describe('Cantonese words of round 32', () => {
  const terms = (text: string) => extractTerms(toSimplified(text));
  it('出街 唔啱 大嗌大叫 望住 read as 出门 不合 大喊大叫 看着', () => {
    const t = terms('一出街唔啱佢意就喺商場大嗌大叫 成個商場望住');
    expect(t.join(' ')).toMatch(/出门/);
    expect(t.join(' ')).toMatch(/看着|看/);
  });
  it('擘大 唔应 唔记得 第二朝 read as 睁大 不应 不记得 第二天', () => {
    const t = terms('眼又擘大 叫佢又唔應 第二朝問佢又話唔記得').join(' ');
    expect(t).toMatch(/睁/);
    expect(t).toMatch(/记得/);
  });
});

describe('English words inside Chinese, round 32', () => {
  it('newborn reads as 新生儿', () => expect(readCodeSwitched('我妈要给newborn绑腿')).toContain('新生儿'));
  it('outgrow reads as 好', () => expect(readCodeSwitched('那要多久才会outgrow')).toContain('好'));
});
