import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

// Round 39 (pol39z): whether a parent must stay at drop-off care, a carer's own phone number, and whether a grandparent
// may book for the child are questions about the service, whatever day, kind of care or slot they name.
describe('service questions that name a day, a kind of care or a slot', () => {
  it.each([
    '半日托的話家長要留下來嗎 還是可以先去辦事',
    '半日托家长需要留下来吗',
    '可以給我那位老師的電話嗎 想直接問她小孩今天吃得怎麼樣',
    '老师的微信能加吗',
    '我阿嬷想帮我儿子 book 这周六的 slot 可以吗 她没有 WeChat 只会打电话',
    '奶奶想给孙女报名周六的绘本课 行吗',
  ])('%s → a question, no search', (q) => {
    const u = understand(q, ctx);
    expect(u.intent).toBe('knowledge');
    expect((u.requests ?? []).some((r) => r.intent === 'find_slots' || r.intent === 'book')).toBe(false);
  });

  it.each(['帮我约这周六上午湖里 可以吗', '周六上午湖里还有位吗', '帮我儿子约这周六上午湖里的半日托'])('%s → still a search or a booking', (q) => {
    expect(['find_slots', 'book']).toContain(understand(q, ctx).intent);
  });
});

describe('an exact month count told beside "just under a year"', () => {
  it.each([
    ['不满一岁的收不收啊 我家的才8个月大', 8],
    ['快两岁了 20个月', 20],
    ['快两岁了 这三个月一直咳嗽', 23],
    ['两岁了 最近三个月一直咳嗽', 24],
    ['宝宝不到1岁', 11],
  ] as const)('%s → %i months', (q, months) => {
    expect(understand(q, ctx).slots.childAgeMonths).toBe(months);
  });
});
