import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 26, the lead's fresh messages: each read as what it asks.
describe('messages read as what they ask (round 26)', () => {
  it.each([
    // A trip or a taxi the question is set in: the day of the trip is no search, the taxi no outside request.
    ['宝宝一岁 下周坐航班去北京 要注意什么', 'knowledge'],
    ['in the taxi to the airport can I just hold her on my lap?', 'knowledge'],
    // Whether a named carer works that day is a question for the point.
    ['林老师这周六在不在', 'knowledge'],
    // Whether both parts of one day may be booked is the rule asked about, when no place is named.
    ['上午送一次 下午再约一次行不行', 'knowledge'],
    ['can we book morning and afternoon on the same day?', 'knowledge'],
    // A condition is no request of its own: where to complain is asked, no complaint is made.
    ['如果對服務不滿意 要去哪裡反映', 'knowledge'],
    // Asking the assistant to find out from someone is asking for a person.
    ['那帮我问一下吧', 'human'],
    ['你帮我问问', 'human'],
    ['yes please ask them', 'human'],
    ['can you ask them for me?', 'human'],
    // Service rules asked with booking words (pol26's probe messages the reading lost).
    ['为啥周六上午老是约满 下午倒是有位置 是不是名额故意放少了', 'knowledge'],
    ['可以两个点都约吗 周六约湖里的 周日约思明的 会不会冲突', 'knowledge'],
    ['Can I book two different points on the same weekend, like Saturday at one and Sunday at another?', 'knowledge'],
    ['do I have to sign up to keep using the free care?', 'knowledge'],
    ['保姆pick up要提前register吗', 'knowledge'],
    ['我上周约了一个 忘了是哪天了 预约了在哪里查', 'my_bookings'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });

  it.each([
    // With a place named, both parts of the day are a search; a request with content is that request.
    ['周六上午湖里 下午思明 可以吗', 'find_slots'],
    ['帮我问一下周六有没有位', 'find_slots'],
    ["what's the weather tomorrow", 'out_of_scope'],
  ])('but %s → %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });

  it('a why after a question is a question of its own', () => {
    const u = understand('周日afternoon有开吗 为什么morning总是full', ctx);
    expect(u.requests?.map((r) => r.intent)).toEqual(['find_slots', 'knowledge']);
    expect(u.requests?.[0]?.slots.partOfDay).toBe('afternoon');
  });

  it('a booking pointed at is the setting of its change, the part of the day after 改到 the new one', () => {
    const u = understand('周六上午约的那个 能不能改到下午', { ...ctx, searching: true, childNames: ['朵朵'] });
    expect(u.requests ?? []).toHaveLength(0);
    expect(u.slots.partOfDay).toBe('afternoon');
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });

  it('head-banging told as a habit is no knock; with an injury beside it, it is', () => {
    expect([...readHealthSigns('一生气就拿头撞地板撞墙').signs]).not.toContain('head_knock');
    expect([...readHealthSigns("my 2yo bangs her head on the floor when she's angry, is that normal?").signs]).not.toContain('head_knock');
    expect([...readHealthSigns('孩子一生气就拿头撞墙 刚才撞出一个大包 还吐了').signs]).toContain('head_knock');
  });
});
