import { describe, expect, it } from 'vitest';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';

/**
 * Round 33 (par33e, par32e leftover): after an answer about a child's home languages, "要不要先只说中文？" weighs what
 * the family should speak to the child; a request to the bot is an imperative, never "should we".
 */
describe('"should we speak only one language" is about the child, not the bot', () => {
  it.each([
    '要不要先只说中文？',
    '那要不要先只讲普通话？',
    '該不該先只講中文',
    'should we only speak English for now?',
    'should I stop speaking Spanish to him?',
  ])('%s', (text) => {
    expect(parseLanguageRequest(prepareText(text))).toBeUndefined();
  });
  it.each([
    ['说中文', 'zh'],
    ['请用中文回复', 'zh'],
    ['能说中文吗', 'zh'],
    ['你要不要用中文', 'zh'],
    ['可以用英文吗', 'en'],
    ['最好用英文回复我', 'en'],
    ['can you speak English', 'en'],
  ] as const)('%s still asks the bot', (text, lang) => {
    expect(parseLanguageRequest(prepareText(text))).toBe(lang);
  });
});
