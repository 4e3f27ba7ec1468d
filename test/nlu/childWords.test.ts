import { describe, expect, it } from 'vitest';
import { withoutChildNames } from '../../src/knowledge/childNicknames.ts';
import { readChildRemoval } from '../../src/nlu/childRemoval.ts';
import { furtherChildNamed } from '../../src/nlu/furtherChildNamed.ts';
import { CHILD_NOUNS_EN, CHILD_WORD } from '../../src/nlu/lexicon/childWords.ts';
import { findChildMention, parseChildren } from '../../src/nlu/parseChildren.ts';

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
