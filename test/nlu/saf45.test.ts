import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 45, saf45 (test/fixtures/eval-tuning/saf45.jsonl): a cigarette end used to burn a tick off is no poisoning and
 * no fever; a chest sucking in told in English inside Chinese is indrawing; stung inside the mouth with the lip already
 * swelling is an emergency; a part of the body told after a health answer is more of that story.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;
const now = new Date('2026-11-25T10:00:00+08:00');

describe('saf45 triage readings', () => {
  it('a cigarette end used on a tick is neither eaten nor a fever', () => {
    const text = '回来发现头皮上有只蜱虫咬着不放 老人说用烟头烫一下它就出来了';
    const signs = signsOf(text);
    expect(signs.has('tobacco')).toBe(false);
    expect(signs.has('fever')).toBe(false);
    expect(triageOf([text]).level).not.toBe('red');
  });
  it.each(['他咬了一口烟头', '孩子把烟头吃了', '头好烫'])('still read: %s', (text) => {
    const signs = signsOf(text);
    expect(signs.has('tobacco') || signs.has('fever')).toBe(true);
  });
  it('a chest sucking in, told in English inside Chinese, is red', () => {
    expect(triageOf(['宝宝 breathing 有那种 high-pitched 的声音 even 安静的时候也有 胸口一吸气 sucking in']).level).toBe('red');
  });
  it('stung inside the mouth with the lip already swelling is red; a sting on the lip alone is not', () => {
    expect(triageOf(["a bee was in his juice can and stung him inside his mouth, he's 3, lip already swelling"]).level).toBe('red');
    expect(triageOf(['a bee stung her on the lip and it is a bit swollen']).level).not.toBe('red');
  });
});

describe('a part of the body told after an answer', () => {
  const after = { now, timeZone: 'Asia/Shanghai', previousIntent: 'knowledge' as const };
  it.each(['手指頭上有一個小黑點', "there's a small black mark on his finger", 'the body came off but i think the head is still in'])('%s', (text) => {
    expect(understand(text, after).intent).toBe('knowledge');
  });
  it('with no answer before, the same words are not forced into a question', () => {
    expect(understand("there's a small black mark on his finger", { now, timeZone: 'Asia/Shanghai' }).intent).not.toBe('knowledge');
  });
});
