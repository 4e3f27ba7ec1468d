import { describe, expect, it } from 'vitest';
import { readRegionalWords } from '../../src/knowledge/extractTerms.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

// Round 38 (lead38): Taiwan and Hong Kong families name paracetamol by its brand (普拿疼, Panadol; 安佳熱) and the
// mainland's older name is 扑热息痛; the documents write 对乙酰氨基酚.
describe('the names parents use for paracetamol', () => {
  it.each(['可以給他吃普拿疼嗎', '長牙可以吃安佳熱嗎', '扑热息痛可以给宝宝吃吗'])('%s reads as 对乙酰氨基酚', (q) => {
    expect(readRegionalWords(toSimplified(q))).toContain('对乙酰氨基酚');
  });
});

describe('vaseline inside a Chinese question', () => {
  it('"可以涂 vaseline 吗" reads as 凡士林, the documents\' word', () => {
    expect(readCodeSwitched('可以涂 vaseline 吗')).toContain('凡士林');
    expect(readCodeSwitched('drool rash 可以抹 petroleum jelly 吗')).toContain('凡士林');
  });
});
