import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/nlu/parseAge.ts';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { listedItems } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 50, pol50: service questions — waiting beside a class, how a notice comes, grievances at pickup, holiday days, numbered questions — on Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const { now, timeZone } = ctx;

describe('waiting at the point with an older child is a question, not a search', () => {
  it.each([
    '周日带妹妹上绘本课 哥哥五岁 能不能让他在门口等',
    "can we wait outside with our 4 year old during saturday's class?",
    'could I hang around nearby with the baby during sunday half day?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('places asked for stay a search', () => {
    expect(understand('周日上午思明还有位吗', ctx).intent).toBe('find_slots');
  });
});

describe('how a notice comes is asked, no person requested', () => {
  it.each(['取消了是发短信还是打电话通知', '名额空出来会打电话通知吗'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a phone call asked for stays a request for a person', () => {
    expect(understand('麻烦打个电话给我', ctx).intent).toBe('human');
  });
});

describe('what went wrong at the point, found at pickup, is a complaint', () => {
  it.each(['去接的时候发现纸尿裤一上午都没换', '老师没核对证件就把娃交给我老公的同事了'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
  it('a nappy not changed at home is a care question', () => {
    expect(understand('昨晚尿不湿没换 屁股红了怎么办', ctx).intent).not.toBe('complaint');
  });
});

describe('a posted photo to be taken down needs staff', () => {
  it.each(['could you ask them to remove the photos?', 'please get them to take that video down'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });
  it('"I\'ll take it" after a list stays a booking', () => {
    expect(understand("ok I'll take it", ctx).intent).toBe('book');
  });
});

describe('weekday options asked with no day are answered, not "which day?"', () => {
  it.each(['what weekday options are there for a 1 year old?', 'I only need one hour, what options during the week?'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('days named by a holiday', () => {
  it('a day number beside Christmas is in Christmas week', () => {
    expect(parseDates('is anything open around christmas, say the 27th?', now, timeZone).dateRange).toMatchObject({ to: '2026-12-27' });
  });
  it('a day number alone keeps its usual reading', () => {
    expect(parseDates('can we come on the 28th?', now, timeZone).dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });
  it('the Saturday right after 元旦 is 2 Jan', () => {
    expect(parseDates('元旦第二天那个周六', now, timeZone).dateRange).toEqual({ from: '2027-01-02', to: '2027-01-02' });
  });
});

describe('ages and birth months told in other words', () => {
  it('"已经N个月了" right after the child is the age', () => {
    expect(parseAge('闺女已经34个月了 还能约吗').childAgeMonths).toBe(34);
  });
  it('"已经N个月" as a span is no age', () => {
    expect(parseAge('已经两个月没去了').childAgeMonths).toBeUndefined();
  });
  it('a birth month told by its part is still the birth month', () => {
    expect(understand('儿子是2024年2月初生的 能去吗', ctx).slots.birthMonth).toBe('2024-02');
  });
});

describe('a numbered list with bare figures is one request per item', () => {
  it('bare figures before the words', () => {
    expect(listedItems('有几个问题 1几点开门 2能停车吗')).toEqual(['几点开门', '能停车吗']);
  });
  it('a figure with a counter is no item mark', () => {
    expect(listedItems('我家 1个娃 2岁半')).toBeUndefined();
  });
});
