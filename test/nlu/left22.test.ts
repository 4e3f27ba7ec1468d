import { describe, expect, it } from 'vitest';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';

describe('the people at the point named in English inside a Chinese question are asked about, not a language switch', () => {
  it.each(['你们那边的 staff 会讲英文吗', 'teacher 能说 English 吗 我女儿只会一点中文', '那边的 ayi 会不会说英语'])('%s', (text) => {
    expect(parseLanguageRequest(prepareText(text))).toBeUndefined();
  });
  it.each([
    ['可以说英文吗', 'en'],
    ['请用中文回答', 'zh'],
  ] as const)('%s still asks the bot', (text, lang) => {
    expect(parseLanguageRequest(prepareText(text))).toBe(lang);
  });
});
