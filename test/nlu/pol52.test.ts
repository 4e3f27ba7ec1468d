import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { askedRules, RULE_QUESTIONS } from '../../src/nlu/ruleQuestions.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 52, pol52: service and policy questions on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };
const dates = (text: string) => parseDates(normalizeText(text), now, 'Asia/Shanghai').dateRange;

describe('a session the parent may miss, then the cancel deadline asked: one question, nothing cancelled', () => {
  it.each([
    ['礼拜天小米那个半天托估计去不成了 最迟什么时候取消不算爽约', []],
    ['周日乐乐那个半天托 八成是去不了了 最晚要提前多久取消才不扣分', ['乐乐']],
    ["we probably can't go on sunday after all. how late can i cancel before it counts as a no show", []],
  ])('%s', (text, childNames) => {
    const u = understand(text, { ...ctx, childNames });
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.map((r) => r.intent) ?? ['knowledge']).toEqual(['knowledge']);
  });
  it('only then: a cancellation said in words, or places asked for the session named, stay requests of their own', () => {
    expect(understand('周日乐乐那个半天托 八成是去不了了 最晚要提前多久取消才不扣分', { ...ctx, childNames: ['乐乐'] }).intent).toBe('knowledge');
    expect(understand('周六的帮我取消 下次最晚几点前要取消', ctx).requests?.map((r) => r.intent)).toEqual(['cancel', 'knowledge']);
    const u = understand('周日乐乐那个半天托有位吗 八成是去不了了 最晚要提前多久取消才不扣分', { ...ctx, childNames: ['乐乐'] });
    expect(u.requests?.[0]?.intent).toBe('find_slots');
  });
});

describe("元旦's three days and spans of days in one month", () => {
  it.each([
    '元旦连着放三天 那三天都有人吗',
    '元旦連假三天 托育點有開嗎',
    '元旦holiday那三天有service吗',
    'is there any childcare on jan 1-3?',
    '1月1号到3号有托吗',
    '1-3 jan',
  ])('%s is 1–3 January', (text) => {
    expect(dates(text)).toEqual({ from: '2027-01-01', to: '2027-01-03' });
  });
  it('dec 12-13 is both days; New Year alone is still 1 January', () => {
    expect(dates('any places dec 12-13?')).toEqual({ from: '2026-12-12', to: '2026-12-13' });
    expect(dates('元旦开门吗')).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });
});

describe('rule questions asked in new words are questions', () => {
  it.each(['slot一般提前多少天放出来', '场次一般提前几天开放'])('%s asks when booking opens', (text) => {
    expect(RULE_QUESTIONS.bookingOpens.test(text)).toBe(true);
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('the hold asked as a deadline after the waitlist', () => {
    expect(askedRules('轮到我了会怎么通知 有deadline吗')).toContain('waitlistHold');
  });
  it.each(['我们住翔安 可以去思明的点吗', '是不是只能在住家附近约'])('%s asks the residence rule', (text) => {
    expect(RULE_QUESTIONS.residence.test(text)).toBe(true);
  });
  it('weekday opening asked is a question, not a search of the coming week', () => {
    expect(understand('服务点是周一到周五都开吗 还是只有周末才有', ctx).intent).toBe('knowledge');
  });
  it.each(['礼拜天afternoon要是full了 能join waitlist吗', '周六morning满了的话 可以排waitlist吗'])('%s asks how the waitlist works', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
    // (…while the waitlist asked for in case the session is full stays the search.)
    expect(understand('周六上午有位吗 满了的话帮我排候补', ctx).intent).toBe('find_slots');
  });
});

describe('complaints and care for a young baby', () => {
  it('a confirmed booking missing at the door is a complaint', () => {
    expect(understand('上次booking明明confirm了 去了说没有我们的名字 很无语', ctx).intent).toBe('complaint');
  });
  it('送 of a 4-month-old asks drop-off care', () => {
    const u = understand('小孩才4個月 這麼小也能送嗎', ctx);
    expect(u.intent).toBe('can_attend');
    expect(u.slots.wantsCare).toBe(true);
  });
});

describe('concepts', () => {
  it('准备点啥 asks what to bring', () => {
    expect(extractTerms('下礼拜二约了个音乐体验课 去的时候需要准备点啥')).toContain('~bring');
  });
  it('多久以前取消 asks the deadline', () => {
    expect(extractTerms('要在多久以前取消才不算放鸽子')).toContain('~deadline');
  });
});
