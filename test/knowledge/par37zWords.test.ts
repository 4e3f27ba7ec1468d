import { describe, expect, it } from 'vitest';
import { readRegionalWords } from '../../src/knowledge/extractTerms.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 37 (par37z): mainland parents and grandparents, typed or dictated.
describe('everyday words read as the documents write them (round 37)', () => {
  it('reads 打呼 as 打呼噜, and leaves 打呼噜 whole', () => {
    expect(readRegionalWords('三岁女儿晚上睡觉打呼很大声')).toContain('打呼噜很大声');
    expect(readRegionalWords('孩子每晚打呼噜')).toBe('孩子每晚打呼噜');
  });
});

describe('English inside Chinese (round 37)', () => {
  it.each([
    ['我家baby 一直tummy down睡 grandma说没事', ['趴', '老人']],
    ['grandpa每天给baby喝apple juice 说补vitamin', ['苹果', '果汁', '维生素']],
  ])('%s', (q, words) => {
    const read = readCodeSwitched(q);
    for (const w of words) expect(read).toContain(w);
  });

  it('tummy time stays the awake practice, and vitamin D stays vitamin D', () => {
    expect(readCodeSwitched('每天要做多久tummy time')).toContain('趴趴练习');
    expect(readCodeSwitched('要补vitamin D吗')).toContain('维生素D');
  });
});

describe('what the parent can do at home is a question, not a request for the menu (round 37)', () => {
  it.each(['那在家能做什么', '我们在家里能做什么', '家长能做什么'])('"%s" is a knowledge question', (text) => {
    expect(understand(text, { ...ctx, previousIntent: 'knowledge' }).intent).toBe('knowledge');
  });

  it.each(['你能做什么', '你们能做什么', '能做什么'])('"%s" still asks what the assistant does', (text) => {
    expect(understand(text, ctx).intent).toBe('help');
  });
});
