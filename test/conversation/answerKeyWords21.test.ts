import { describe, expect, it } from 'vitest';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';

/**
 * Round 21: the words an answer must cover. Cantonese is read as the Mandarin it means (仲未識行 is 还不会走路, so a
 * walking section covers it); a couple, their district and their workplace frame a question about the service ("我们
 * 夫妻俩在翔安厂里上夜班 … 晚上能托吗" is about evening care, which no section says of Xiang'an or factories).
 */
describe('answer key words (round 21)', () => {
  it('reads Cantonese as Mandarin', () => {
    const key = keyWords('我個BB 14個月仲未識行 扶住張梳化先行到兩步 係咪有問題');
    expect(key).toContain('走路');
    expect(key).not.toContain('识行');
  });

  it('leaves the family, its district and its workplace out of a service question', () => {
    expect(keyWords('我们夫妻俩在翔安厂里上夜班 晚上8点到早上8点 孩子晚上没人带 你们那个托育点晚上能托吗')).toEqual(['夜班']);
  });
});
