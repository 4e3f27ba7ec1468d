import { describe, expect, it } from 'vitest';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

/**
 * Round 23 (cov23e): English and mixed messages that read as something else — the languages a family speaks named with
 * English family words, a baby walker "to help him", starting daycare next month, a session told full before a question.
 */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('the languages family members speak, named in English, are no request to switch', () => {
  it.each([
    '爸爸 speaks English, mama 说中文 宝宝一岁半只会几个词',
    'daddy talks Dutch and mummy 讲普通话 会不会混乱',
    'at home dad speaks English and mum speaks Mandarin',
  ])('%s', (text) => {
    expect(parseLanguageRequest(prepareText(text))).toBeUndefined();
  });
  it.each([
    ['请说中文', 'zh'],
    ['can you reply in English please', 'en'],
  ] as const)('%s still asks the bot', (text, lang) => {
    expect(parseLanguageRequest(prepareText(text))).toBe(lang);
  });
});

describe('"help him" is a parenting question, not the menu', () => {
  it.each(['is a baby walker a good idea to help her walk?', 'do bouncers help my son get stronger legs?'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each(['help', 'can you help me?'])('%s is still the menu', (text) => {
    expect(understand(text, ctx).intent).toBe('help');
  });
});

describe('starting care told as what is coming asks how to prepare, not for places', () => {
  it.each([
    'My son begins nursery in two weeks and he screams when I leave the room. Any tips to prepare him?',
    'he is starting daycare next month, he is 2 and never been away from me, what can I do?',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.some((q) => q.intent === 'find_slots') ?? false).toBe(false);
  });
  it('asking for care next month is still a search', () => {
    expect(['find_slots', 'book']).toContain(understand('any daycare places next month for my 20 month old?', ctx).intent);
  });
});

describe('a session told full before a question is the question', () => {
  it('Sunday afternoon in Jimei is full. How does the waiting list work?', () => {
    const u = understand('Sunday afternoon in Jimei is full. How does the waiting list work?', ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.map((q) => q.intent)).toEqual(['knowledge']);
    expect(u.requests?.[0]?.text).toMatch(/waiting list/);
  });
  it('周日下午集美已经约满了 候补要怎么排', () => {
    const u = understand('周日下午集美已经约满了 候补要怎么排', ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.some((q) => q.intent === 'find_slots') ?? false).toBe(false);
  });
  it('a full session with another place asked for is still a search', () => {
    expect(understand('Saturday morning in Huli is full, is there anything in Siming?', ctx).intent).toBe('find_slots');
  });
});
