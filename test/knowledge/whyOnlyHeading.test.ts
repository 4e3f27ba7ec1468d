import { describe, expect, it } from 'vitest';
import { whyOnlyHeading } from '../../src/knowledge/whyOnlyHeading.ts';

// Round 31 (par31z): a parent who asks what to do is served by the section that says what to do, not the one that says why.
describe('a heading that only asks why, for a question that asks what to do', () => {
  it.each([
    ['孩子为什么一不顺心就大哭大闹？', '我个仔两岁 喺街成日扭计 瞓喺地下唔肯行 点算好'],
    ['孩子为什么会打人、咬人？', '两岁孩子老打人怎么办'],
    ['Why does my toddler have tantrums?', 'he screams on the floor at the supermarket, what should I do'],
  ])('"%s" is the why-only section for "%s"', (heading, query) => {
    expect(whyOnlyHeading(heading, query)).toBe(true);
  });
  it.each([
    ['孩子为什么一不顺心就大哭大闹？', '孩子为什么老发脾气 怎么办'],
    ['孩子每天一到傍晚就大哭大闹，为什么？怎么办？', '傍晚老哭闹怎么办'],
    ['孩子正在发脾气时，家长该怎么做？', '发脾气怎么办'],
    ['孩子为什么一不顺心就大哭大闹？', '两岁发脾气正常吗'],
  ])('"%s" is not, for "%s"', (heading, query) => {
    expect(whyOnlyHeading(heading, query)).toBe(false);
  });
});
