import { describe, expect, it } from 'vitest';
import { askedRules } from '../../src/nlu/ruleQuestions.ts';
import { tellsSkillNotYetReached } from '../../src/nlu/notYetAble.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

// Round 37: service questions that name a day, a district or a class are still questions, and a message asking two
// rules is heard asking both.
describe('the rules a question asks', () => {
  it('how far ahead and how many sessions a child may hold: both rules', () => {
    expect(askedRules('How far in advance can we book, and how many sessions can one child have?')).toEqual(['bookingOpens', 'weeklyCap']);
    expect(askedRules('你们这个最多能提前几天预约 一个孩子一个礼拜能约几次')).toEqual(['bookingOpens', 'weeklyCap']);
    expect(askedRules('How many sessions can we hold at once?')).toEqual(['weeklyCap']);
  });

  it('living in one district and working in another is the residence rule', () => {
    expect(askedRules('那我们住在翔安 但是work在思明 可以去思明的点吗')).toContain('residence');
    expect(askedRules('我們住在海滄 但是上班在思明 可以去思明的點嗎')).toContain('residence');
    expect(askedRules('We live in Haicang but work in Siming, can we use the points there?')).toContain('residence');
    expect(askedRules('我们住在翔安 周六思明有位吗')).not.toContain('residence');
  });

  it('whether a day is open yet (了) asks when booking opens; booking now without 了 does not', () => {
    expect(askedRules('那next week的现在可以约了吗')).toContain('bookingOpens');
    expect(askedRules('下周六的现在可以约了吗')).toContain('bookingOpens');
    expect(askedRules('江头那个点现在可以约吗')).not.toContain('bookingOpens');
  });
});

describe('questions that name a place or a class', () => {
  it('praise or feedback about a named point is a question, not a search', () => {
    expect(understand('上次在湖裡那個點的老師很好 想表揚一下 要去哪裡說', ctx).intent).toBe('knowledge');
    expect(understand('I want to praise the carer at the Huli point, where do I say it?', ctx).intent).toBe('knowledge');
    // Places asked for in so many words stay a search.
    expect(understand('我想反馈一下 周六湖里的点还有位吗', ctx).intent).toBe('find_slots');
  });

  it('a class for a child who is not walking yet is asked of the class', () => {
    expect(understand('孩子1岁2个月了还不会走路 能上大运动课吗', ctx).intent).toBe('knowledge');
    // An age alone asks which points take it.
    expect(understand('宝宝14个月 能上大运动课吗', ctx).intent).toBe('can_attend');
  });

  it.each([
    ['还不会走路', true],
    ['走得不稳', true],
    ["he's not walking yet", true],
    ['she only crawls', true],
    ['he walks well now', false],
    ['还不会说话', true],
  ])('%s → %s', (text, expected) => {
    expect(tellsSkillNotYetReached(text)).toBe(expected);
  });
});
