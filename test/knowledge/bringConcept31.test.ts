import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

// Round 31 (po30-zh-hant-002): "要幫小孩準備哪些東西" asks what to bring, like "准备什么".
describe('what to prepare, asked with 哪些', () => {
  it.each(['第一次去托育 要幫小孩準備哪些東西', '送托要准备哪些东西'])('%s → ~bring', (q) => {
    expect(extractTerms(toSimplified(q))).toContain('~bring');
  });
});

// Round 31 (po31-zh-003): 满了 before an age is the child reaching it, not a full session.
describe('满了 before an age', () => {
  it('满了三岁以后 is no waitlist question', () => {
    expect(extractTerms('那满了三岁以后 已经约好的那次怎么办')).not.toContain('~waitlist');
  });
  it('a full session still is', () => {
    expect(extractTerms('周六上午满了 帮我候补')).toContain('~waitlist');
    expect(extractTerms('约满了怎么办')).toContain('~waitlist');
  });
});
