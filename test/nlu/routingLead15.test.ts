import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

/** Round 15, the lead's probes: what a parent's words ask for (Wednesday 25 Nov 2026 in Xiamen). */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };

describe('registering several children, with a count and no names yet', () => {
  it.each(['我想登记两个孩子', '我家三个娃 都想登记一下', "I'd like to register my two kids"])('%s: registering, and the count is no name', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.replyName).toBeUndefined();
    expect(u.slots.childName).toBeUndefined();
  });
  it('"孩子都登记了吗" still asks which are registered', () => {
    expect(understand('孩子都登记了吗', ctx).intent).toBe('list_children');
  });
});

describe('a family event with a day is the setting of a question, not a search', () => {
  it.each(['想讓兩歲半的兒子自己睡 下個月二寶就要出生了 現在分房好嗎', 'the baby is due next month, how do I get my 2 year old ready?'])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests ?? []).toHaveLength(0);
  });
  it('a day with places asked for is still a search', () => {
    expect(understand('下周我要回去上班了 周六有位吗', ctx).intent).toBe('find_slots');
  });
});

describe('two requests joined by "but (I) don\'t know" or "and can…?"', () => {
  it('我想book下个礼拜六的半日托 but 不知道要带什么: a booking search and a question', () => {
    const u = understand('我想book下个礼拜六的半日托 but 不知道要带什么', ctx);
    expect(u.requests?.map((r) => r.intent)).toEqual(['book', 'knowledge']);
    expect(u.requests?.[0]?.slots.dateRange).toEqual({ from: '2026-12-05', to: '2026-12-05' });
  });
  it('how much does it cost and can grandma pick her up afterwards?: two questions', () => {
    const u = understand('how much does it cost and can grandma pick her up afterwards?', ctx);
    expect(u.requests?.map((r) => r.text)).toEqual(['how much does it cost', 'can grandma pick her up afterwards?']);
  });
  it('one question told in two clauses stays one', () => {
    expect(understand('she eats but not much, is that ok?', ctx).requests).toBeUndefined();
  });
});
