import { describe, expect, it } from 'vitest';
import { namedQuestion, questionAfterBookingTold } from '../../src/nlu/namedQuestion.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { RULE_QUESTIONS } from '../../src/nlu/ruleQuestions.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 42 (lead): what parents' words mean, on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const tz = 'Asia/Shanghai';

describe('a weekend day named by the holiday it follows or precedes is that day', () => {
  it.each([
    ['when do bookings open for the saturday after new year?', '2027-01-02', '2027-01-02'],
    ['the first saturday after new year', '2027-01-02', '2027-01-02'],
    ["the sunday after new year's day", '2027-01-03', '2027-01-03'],
    ['the saturday after christmas', '2026-12-26', '2026-12-26'],
    ['the weekend before christmas', '2026-12-19', '2026-12-20'],
    ['元旦后的第一个周六能约吗', '2027-01-02', '2027-01-02'],
    ['元旦过后那个星期六', '2027-01-02', '2027-01-02'],
    ['圣诞节前那个周末', '2026-12-19', '2026-12-20'],
  ])('%s', (text, from, to) => {
    expect(parseDates(text, now, tz).dateRange).toEqual({ from, to });
  });
  it('the holiday alone is still its own day', () => {
    expect(parseDates('are you open on christmas day?', now, tz).dateRange).toEqual({ from: '2026-12-25', to: '2026-12-25' });
    expect(parseDates('元旦那天有吗', now, tz).dateRange).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });
});

describe('the question after a marker or after a booking told first is what is asked', () => {
  it.each([
    [
      'booked the sunday session for next week already. totally different question - how many naps should a 15 month old have?',
      'how many naps should a 15 month old have?',
    ],
    ['it went fine on saturday. unrelated, but is it ok that he still has a dummy at 2?', 'is it ok that he still has a dummy at 2?'],
    ['上周六去过了 挺好的 换个话题 宝宝一岁半一天睡几觉', '宝宝一岁半一天睡几觉'],
  ])('%s', (text, question) => {
    expect(namedQuestion(text)).toBe(question);
  });
  it.each([
    ['周日下午约了半日托 女儿一岁半这两周老是咬人 我该提前做什么', '女儿一岁半这两周老是咬人 我该提前做什么'],
    ['週六已經約了半日托 兒子最近老咬人 要怎麼辦', '兒子最近老咬人 要怎麼辦'],
    ["we've booked saturday morning in huli. what should she bring?", 'what should she bring?'],
  ])('%s', (text, question) => {
    expect(questionAfterBookingTold(text)).toBe(question);
  });
  it('a message that tells no booking, or asks too little after it, is left whole', () => {
    expect(questionAfterBookingTold('周六湖里有半日托吗')).toBeUndefined();
    expect(questionAfterBookingTold('约了 好的')).toBeUndefined();
    expect(namedQuestion('different question: ok')).toBeUndefined();
  });
});

describe('a booking held, told before a question, asks for nothing', () => {
  const ctx = { now, timeZone: tz };
  it.each([['這週六早上有預約托育 孩子今天燒到38.6 週六還可以去嗎 預約要怎麼處理'], ['这周六上午有个预约 孩子今天发烧了 还能去吗']])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).not.toBe('book');
    expect((u.requests ?? []).map((r) => r.intent)).not.toContain('book');
  });
  it('a booking asked for is still one', () => {
    expect(understand('这周六上午帮我预约湖里的半日托', ctx).intent).toBe('book');
  });
});

describe("the parent's own obstacle after a booking is no complaint", () => {
  const ctx = { now, timeZone: tz };
  it('约好了 可是要加班 asks what happens; 约好了 可是到了没人 is still a complaint', () => {
    expect(understand('周六约好了 可是公司临时要加班 去不了了 会怎么样', ctx).intent).toBe('knowledge');
    expect(understand('周六约好了 可是到了那里没人', ctx).intent).toBe('complaint');
  });
});

describe('the language a child answers in is no request for the bot to switch', () => {
  it.each(['so when she answers me in english what do i say?', 'my son only replies in english now', '他只用英语回答我 怎么办'])('%s', (text) => {
    expect(parseLanguageRequest(text)).toBeUndefined();
  });
  it('a request still switches', () => {
    expect(parseLanguageRequest('english please')).toBe('en');
    expect(parseLanguageRequest('can you answer in english')).toBe('en');
  });
});

describe('a booking told with a question in the same clause is no setting', () => {
  it('约好了会提醒我不 asks about the reminder itself', () => {
    expect(questionAfterBookingTold('约好了会提醒我不 啥时候提醒 我这记性老忘')).toBeUndefined();
  });
});

describe('whether one more booking goes over the weekly limit is the weekly-limit rule', () => {
  it.each(['同一個禮拜 平日去上一堂繪本課 週末再去半日托 這樣可以嗎 會不會算超過次數', '周六约了 周日再约一个 算不算超过上限'])('%s', (text) => {
    expect(RULE_QUESTIONS.weeklyCap.test(normalizeText(toSimplified(text)))).toBe(true);
  });
});
