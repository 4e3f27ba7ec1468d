import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { askedRules } from '../../src/nlu/ruleQuestions.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Round 15 (policy15): the service's rules asked in code-switched and cap wordings, a condition kept with its question, and
// never getting a place asked as a question — answered, not acted on.
describe('rule questions in other wordings are answered', () => {
  it.each([
    ['那当天还能book吗', 'bookingCloses'],
    ['那我家老二呢 他也能约两次吗', 'weeklyCap'],
    ['Is there a cap on how many sessions we can book?', 'weeklyCap'],
    ['do the weekday classes count toward that?', 'weeklyCap'],
  ])('%s → %s', (text, rule) => {
    expect(askedRules(text)).toContain(rule);
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('a condition said first stays with its question', () => {
  it('"我想投訴的話 大概多久會有人回覆" is one question, not a complaint and a question', () => {
    expect(splitSegments('我想投訴的話 大概多久會有人回覆')).toHaveLength(1);
    expect(understand('我想投訴的話 大概多久會有人回覆', ctx).intent).toBe('knowledge');
  });
  it('two sentences separated by a space are still two', () => {
    expect(splitSegments('周六上午有位吗 孩子咳嗽能去吗').length).toBeGreaterThan(1);
  });
});

describe('never getting a place asks what else to try', () => {
  it.each(['周末上午的老是约不到 有没有什么办法啊', '每次都搶不到 怎麼辦'])('%s → knowledge', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each([
    ['帮我约周六上午湖里', 'book'],
    ['我想约两次 周六和周日湖里上午', 'book'],
  ])('the same words as requests stay actions: %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });
});
