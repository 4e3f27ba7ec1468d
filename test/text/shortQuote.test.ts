import { describe, expect, it } from 'vitest';
import { shortQuote } from '../../src/text/shortQuote.ts';

describe('a parent quoted back', () => {
  it('keeps a short message whole, without its trailing punctuation', () => {
    expect(shortQuote('江头那个服务点有没有空调啊？', 60)).toBe('江头那个服务点有没有空调啊');
    expect(shortQuote('is there wifi?  ', 60)).toBe('is there wifi');
  });

  it('cuts a long English message between words, with an ellipsis', () => {
    const q = shortQuote('we left her pink water bottle at the point last sunday, how do we get it back?', 60);
    expect(q).toBe('we left her pink water bottle at the point last sunday, how…');
    expect(shortQuote('we left her pink water bottle at the point last sunday and wondered', 50)).toBe('we left her pink water bottle at the point last…');
  });

  it('cuts Chinese at the length, counting characters, not bytes', () => {
    const q = shortQuote('我個BB 9個月 我返工之後佢夜晚成日喊 一晚醒三四次 係咪因為掛住我 點算好 我自己都好攰', 20);
    expect([...q].length).toBe(21);
    expect(q.endsWith('…')).toBe(true);
  });
});
