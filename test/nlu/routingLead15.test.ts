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
  it.each([
    "our 4 month old has been sleeping in the swing bc it's the only place she settles. is that ok overnight?",
    'what do I get after I book? is there a reminder?',
  ])('%s: a question about what was just said is no second request', (text) => {
    expect(understand(text, ctx).requests).toBeUndefined();
  });
  it('one question told in two clauses stays one', () => {
    expect(understand('she eats but not much, is that ok?', ctx).requests).toBeUndefined();
  });
});

describe("a part of the day told as the child's routine is no search", () => {
  it.each([
    '过年带孩子回老家住了半个月 回来以后作息全乱了 每天晚上十一点多才睡 早上又起不来 怎么调回来',
    'My 20-month-old says NO to literally everything. Getting dressed every morning is a battle. Help',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each(['每个周六上午都想送 有位吗', 'hi, any half day care sat morning?', '周六上午有位吗'])('%s is still a search', (text) => {
    expect(understand(text, ctx).intent).toBe('find_slots');
  });
});

describe("another person's age is not the child's", () => {
  it.each(['周日能不能让我16岁的侄子去接孩子 他很懂事', 'can my 15-year-old nephew pick her up on Sunday?'])('%s: a pickup question', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.ageOutOfRange).toBeUndefined();
  });
  it('a child of 16 months is still 16 months', () => {
    expect(understand('孩子16个月 周日上午有位吗', ctx).slots.childAgeMonths).toBe(16);
  });
});

describe('heating at a point is a question about its premises', () => {
  it('服务点冬天有没有开暖气', () => {
    expect(understand('服务点冬天有没有开暖气 我怕孩子冷', ctx).slots.outOfScopeRequest).toBe('facility');
  });
});

describe('holidays expat parents name', () => {
  it.each([
    ['is there anything on Boxing Day morning in Huli?', '2026-12-26'],
    ["new year's eve any care?", '2026-12-31'],
  ])('%s', (text, day) => {
    expect(understand(text, ctx).slots.dateRange).toEqual({ from: day, to: day });
  });
});
