import { describe, expect, it } from 'vitest';
import { withoutChildNames } from '../../src/knowledge/childNicknames.ts';
import { readChildRemoval } from '../../src/nlu/childRemoval.ts';
import { furtherChildNamed } from '../../src/nlu/furtherChildNamed.ts';
import { alternation, CHILD_NOUNS_EN, CHILD_WORD } from '../../src/nlu/lexicon/childWords.ts';
import { findChildMention, parseChildren } from '../../src/nlu/parseChildren.ts';
import { parseReplyName } from '../../src/nlu/parseReplyName.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

// One list of child words read by every reader: a word added to the lexicon reaches intent scoring and removal alike.
describe('child words: one lexicon, every reader', () => {
  it.each(CHILD_NOUNS_EN.map((w) => [w]))('"%s" is a child word wherever it stands', (w) => {
    expect(CHILD_WORD.test(`is my ${w} ok`)).toBe(true);
    expect(CHILD_WORD.test(`ask${w}x`)).toBe(false);
  });

  it('removing "the toddler" or "the infant" from the account asks which child (the removal list once knew only six words)', () => {
    expect(readChildRemoval('please remove the toddler from my account', ['Leo', 'Mia'])).toEqual({});
    expect(readChildRemoval('delete the infant from my account', ['Leo', 'Mia'])).toEqual({});
    expect(readChildRemoval('remove the booking from my account', ['Leo'])).toBeUndefined();
  });

  it('a birth-order name before an age is the child asked about; the youngest stays as said', () => {
    expect(withoutChildNames('老二6个月了 可以喝水吗')).toBe('宝宝6个月了 可以喝水吗');
    expect(withoutChildNames('我家二寶6個月了 可以喝水嗎')).toBe('我家宝宝6個月了 可以喝水嗎');
    expect(withoutChildNames('小宝6个月了 可以喝水吗')).toBe('小宝6个月了 可以喝水吗');
  });

  it('sibling words tell two children apart and say their place', () => {
    const now = new Date('2026-11-25T10:00:00+08:00');
    expect(parseChildren('哥哥 2023年3月1日 妹妹 2025年1月3日', now, 'Asia/Shanghai')).toEqual([
      { name: '哥哥', birthDate: '2023-03-01', birthOrder: 1 },
      { name: '妹妹', birthDate: '2025-01-03', birthOrder: -1 },
    ]);
    expect(findChildMention('哥哥照常去，妹妹的取消', ['安安', '乐乐'])).toEqual({ birthOrder: -1 });
    expect(findChildMention('姊姊照常去，弟弟的取消', ['安安', '乐乐'])).toEqual({ birthOrder: -1 });
  });

  it('a further child named is never a child word or a district (the not-a-name list reads the lexicons)', () => {
    const add = (text: string) => furtherChildNamed(text.toLowerCase(), text);
    expect(add('please add Mia too')).toBe('Mia');
    expect(add("can you register Tong'an too")).toBeUndefined();
    expect(add('please add Toddler too')).toBeUndefined();
    expect(furtherChildNamed('还有个小的叫婴儿 也帮我加上', '还有个小的叫婴儿 也帮我加上')).toBeUndefined();
  });
});

// Kinship words (儿子, 姑娘, 孙女, 外孙…) were kept in five shapes (name readers, the family parser, the age in days a
// grandparent tells); one list now, so a word known to one reader is known to all.
describe('kinship words: one list for names, families and ages', () => {
  const now = new Date('2026-11-25T02:00:00Z');
  it('a grandparent registering 外孙 and 孙女 in one message registers both (外孙 was missing from the family parser)', () => {
    expect(parseChildren('外孙豆豆2024年1月出生 孙女朵朵2025年2月', now, 'Asia/Shanghai')).toEqual([
      { name: '豆豆', birthMonth: '2024-01' },
      { name: '朵朵', birthMonth: '2025-02' },
    ]);
  });
  it('the name after 姑娘 / 孙儿 in a reply is the name alone', () => {
    expect(parseReplyName('我姑娘叫朵朵', {})).toBe('朵朵');
    expect(parseReplyName('孙儿叫乐乐', {})).toBe('乐乐');
  });
  it("an age in days said after any kinship word is the baby's age", () => {
    expect(readHealthSigns('姑娘才五十天 有点发热').ageMonths).toBe(1);
    expect(readHealthSigns('小孙女刚四十天 摸着烫').ageMonths).toBe(1);
  });
  it('alternations are longest first: 外孙女 is one word, not 外孙 and a stray 女', () => {
    expect(new RegExp(`^(?:${alternation(['外孙', '外孙女'])})`).exec('外孙女叫朵朵')?.[0]).toBe('外孙女');
  });
  it('a birth-order name removes that child, a longer word does not ("小宝宝" is any baby)', () => {
    expect(readChildRemoval('删掉老幺', [])).toEqual({ rank: 'youngest' });
    expect(readChildRemoval('把小宝宝的资料删了', [])).toBeUndefined();
  });
});
