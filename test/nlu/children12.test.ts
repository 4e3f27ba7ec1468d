import { describe, expect, it } from 'vitest';
import { findNegations } from '../../src/nlu/findNegations.ts';
import { parseReplyName } from '../../src/nlu/parseReplyName.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';

describe('a correction that says what was got wrong', () => {
  it.each(['哎呀 看错日子了 是下周日', '不好意思 记错时间了 是下午', '我选错人了 是圆圆', '歹勢 寫錯日子了 是禮拜天'])('%s corrects', (text) => {
    expect(findNegations(prepareText(text)).correction).toBe(true);
  });
  it.each(['周六上午湖里', '看看周日有没有位置'])('%s does not', (text) => {
    expect(findNegations(prepareText(text)).correction).toBe(false);
  });
});

describe('an answer to a list is not a name', () => {
  it.each(['Yes please, both', 'yes both', 'ok both of them', 'no, all'])('%s', (text) => {
    expect(parseReplyName(text.toLowerCase(), {})).toBeUndefined();
  });
  it('a name still is', () => {
    expect(parseReplyName('ruby', {})).toBe('Ruby');
  });
});
