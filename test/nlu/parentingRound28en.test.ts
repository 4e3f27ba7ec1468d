import { describe, expect, it } from 'vitest';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { understand } from '../../src/nlu/understand.ts';
import type { UnderstandContext } from '../../src/nlu/types.ts';

/**
 * Round 28 (par28b): English parenting words read as parents mean them. Another family's anger about the parent's own
 * biting child was filed as a complaint about us ("the other mum is furious", "his dad complained to the teacher"), and
 * "我们家 speak 中文和英文 会不会 confuse 他" switched the bot to Chinese instead of answering about two languages.
 */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' } as UnderstandContext;

describe("another parent's anger about the parent's own child is a parenting question", () => {
  it.each([
    'daycare told me my 18 month old bit another kid AGAIN today, third time this week. the other mum is furious. how do I stop it',
    "daycare says my 20mo bit a boy twice this week and his dad complained to the teacher, he's really angry with us. i feel awful. how do i make my son stop biting",
    'my 2 year old hit a girl at playgroup and her parents were really upset. what do I do about the hitting',
    '被咬小朋友的妈妈很生气 孩子老咬人 我该怎么办',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('stays a complaint when our staff or points are blamed besides', () => {
    expect(understand('the other mum is furious because your staff let my son bite her kid, this is unacceptable', ctx).intent).toBe('complaint');
    expect(understand("my son bit a girl at the point on saturday and her mum complained, your staff didn't even tell me", ctx).intent).toBe('complaint');
  });
});

describe("a family's languages are not a request for the bot's language", () => {
  it.each(['宝宝2岁 还不怎么 talk 只会几个词 我们家 speak 中文和英文 会不会 confuse 他', '中文和英文一起学 会不会混乱 说话晚'])('%s', (text) => {
    expect(parseLanguageRequest(text)).toBeUndefined();
    expect(understand(text, ctx).intent).not.toBe('switch_language');
  });

  it('still reads a request for Chinese or English', () => {
    expect(parseLanguageRequest('说中文')).toBe('zh');
    expect(parseLanguageRequest('can you reply in chinese')).toBe('zh');
    expect(parseLanguageRequest('english please')).toBe('en');
  });
});
