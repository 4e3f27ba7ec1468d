import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

// Round 31 (po30-zh-hant-002): "要幫小孩準備哪些東西" asks what to bring, like "准备什么".
describe('what to prepare, asked with 哪些', () => {
  it.each(['第一次去托育 要幫小孩準備哪些東西', '送托要准备哪些东西', '准备的东西有哪些'])('%s → ~bring', (q) => {
    expect(extractTerms(toSimplified(q))).toContain('~bring');
  });
});
