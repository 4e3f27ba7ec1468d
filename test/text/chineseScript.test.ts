import { describe, expect, it } from 'vitest';
import { detectScript, toSimplified, toTraditional } from '../../src/text/chineseScript.ts';

describe('Chinese script', () => {
  it('tells Traditional from Simplified, and says nothing when nothing tells', () => {
    expect(detectScript('這週六上午湖裡有位置嗎')).toBe('Hant');
    expect(detectScript('台灣來的，寶寶發燒了')).toBe('Hant');
    expect(detectScript('这周六上午湖里有位置吗')).toBe('Hans');
    expect(detectScript('这周六上午湖裡有位置吗')).toBe('Hans');
    expect(detectScript('我的孩子')).toBeUndefined();
    expect(detectScript('hello')).toBeUndefined();
  });
  it('takes 湖里 (Huli, 湖里區 in Traditional too) as no sign of either script', () => {
    expect(detectScript('湖里')).toBeUndefined();
    expect(detectScript('禮拜六湖里')).toBe('Hant');
  });
  it('reads Hokkien written in Simplified as Simplified (佇 is shared)', () => {
    expect(detectScript('阮户口佇泉州 人住在集美 阮囡仔可以去无')).toBe('Hans');
    expect(detectScript('阮戶口佇泉州 阮囡仔可以去無')).toBe('Hant');
  });
  it('converts both ways with Taiwan phrasing', () => {
    expect(toSimplified('海滄 感統 預約')).toBe('海沧 感统 预约');
    expect(toTraditional('这周六上午湖里有位置吗')).toBe('這週六上午湖裡有位置嗎');
    expect(toSimplified('Saturday 10:00')).toBe('Saturday 10:00');
  });
  it('writes feeding as Taiwan writers do (餵, not the "hello" 喂) and pat dry as 按乾', () => {
    expect(toTraditional('等亲喂顺利了再给安抚奶嘴，喂完拍嗝')).toBe('等親餵順利了再給安撫奶嘴，餵完拍嗝');
    expect(toTraditional('用软毛巾轻轻按干')).toBe('用軟毛巾輕輕按乾');
    expect(detectScript('寶寶喂奶')).toBe('Hant');
  });
});
