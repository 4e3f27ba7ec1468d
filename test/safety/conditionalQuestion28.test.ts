import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const read = (text: string) => readHealthSigns(toSimplified(text));

// Round 28 (pol28): "…的话" asks on a condition as 如果/要是 do — "受傷的話 有保險嗎" is a question about the service, not an
// injury at a point (which files a complaint and gives first aid).
describe('a question asked on a condition with 的话', () => {
  it.each(['請問孩子在據點受傷的話 有保險嗎 要自己保嗎', '孩子在托的时候受伤的话 谁负责', '发烧的话还能送托吗'])('%s supposes', (text) => {
    expect(read(text).hypothetical).toBe(true);
  });

  it.each(['刚才在服务点摔了 肿起来的话要去医院吗', '老师说的话 孩子今天在服务点摔倒了', '孩子在服务点摔伤了 有保险吗'])('%s tells what happened', (text) => {
    expect(read(text).hypothetical).toBe(false);
  });

  it('如果 and what if still suppose', () => {
    expect(read('如果宝宝在那边受伤了 有保险吗').hypothetical).toBe(true);
    expect(read('what if my son gets hurt there?').hypothetical).toBe(true);
  });
});
