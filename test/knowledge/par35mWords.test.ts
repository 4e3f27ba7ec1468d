import { describe, expect, it } from 'vitest';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { PARENT_DISTRESS } from '../../src/nlu/lexicon/parentDistress.ts';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { foldDialectWords } from '../../src/text/dialectWords.ts';

// Round 35 (par35m): a Sichuan 好多 before a unit of medicine, English inside Chinese about pumping and practising,
// and a Minnan-speaking 阿嬷 named as the family's language (not a request to the bot).
describe('Southwestern 好多 before a unit asks "how many"', () => {
  it.each([
    ['美林要喝好多毫升', '美林要喝多少毫升'],
    ['退烧药吃好多ml', '退烧药吃多少ml'],
    ['一次吃好多片', '一次吃多少片'],
  ])('%s → %s', (q, read) => {
    expect(foldDialectWords(q)).toBe(read);
  });

  it('leaves Mandarin 好多 ("a lot") alone', () => {
    expect(foldDialectWords('宝宝今天喝了好多奶')).toBe('宝宝今天喝了好多奶');
    expect(foldDialectWords('好多家长都这么说')).toBe('好多家长都这么说');
  });
});

describe('English inside Chinese in parenting questions (round 35)', () => {
  it.each([
    ['那在家要先 practice 吗', ['练习']],
    ['返岗后 pump 不出来多少 supply 下降了吗', ['吸奶', '奶量']],
    ['ayi 说不放盐 no taste', ['没味道']],
  ])('%s', (q, words) => {
    const read = readCodeSwitched(q);
    for (const w of words) expect(read).toContain(w);
  });

  it('leaves an English message alone', () => {
    expect(readCodeSwitched('how often should I pump at work')).toBe('how often should I pump at work');
  });
});

describe('the languages a Xiamen family speaks are not a request to the bot', () => {
  it.each([
    '我们家阿嬷都讲闽南话我们讲普通话 囝仔两岁了才会说几个词 是不是方言搞混了 要不要叫阿嬷别讲闽南话',
    '阿公平时讲闽南话 孩子会不会学乱',
    '婆婆只说四川话 我们说普通话 孩子会混吗',
  ])('%s', (q) => {
    expect(parseLanguageRequest(q)).toBeUndefined();
  });

  it('still hears a request for Chinese', () => {
    expect(parseLanguageRequest('请用中文回复')).toBe('zh');
  });
});

describe('a child crying every day in the first week of care is not the parent in distress', () => {
  it('hears the child in "那第一周天天哭怎么办", the mother in "我上班第一周天天哭"', () => {
    expect(PARENT_DISTRESS.test('那第一周天天哭怎么办')).toBe(false);
    expect(PARENT_DISTRESS.test('送托以后每天都哭 要坚持吗')).toBe(false);
    expect(PARENT_DISTRESS.test('我上班第一周天天哭')).toBe(true);
    expect(PARENT_DISTRESS.test('我最近天天哭')).toBe(true);
  });
});
