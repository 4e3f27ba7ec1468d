import { describe, expect, it } from 'vitest';
import { listedItems, splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 21 (left21): what the parent wants, understood. */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };
const searches = (text: string, c: Parameters<typeof understand>[1] = ctx) => {
  const u = understand(text, c);
  return u.intent === 'find_slots' || (u.requests ?? []).some((q) => q.intent === 'find_slots');
};

describe('an illness told, then whether the child may go to a session: the return-to-care question, no search', () => {
  it.each([
    '小孩昨天發燒38度 今天退燒了 禮拜六的臨托可以去嗎',
    '寶寶前天拉肚子 今天好了 週日的半日托能送嗎',
    '孩子昨天咳嗽发烧 今天好点了 周六的半日托可以去吗',
  ])('%s', (text) => {
    expect(searches(text)).toBe(false);
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a search asked with a place still searches', () => {
    expect(searches('周六上午思明有位吗 半日托可以去吗')).toBe(true);
  });
});

describe('household registration asked with an age: the eligibility answer, not the points for that age', () => {
  it.each([
    '户口不在厦门 孩子4个月大 你们那里收不收',
    '我們戶籍在台灣 不在廈門 寶寶4個月大 你們收不收',
    "our hukou isn't in Xiamen and our baby is 4 months old - do you take her?",
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('"收不收" with an age asks for drop-off care', () => {
    const u = understand('孩子4个月大 你们那里收不收', ctx);
    expect(u.intent).toBe('can_attend');
    expect(u.slots.wantsCare).toBe(true);
  });
  it('"收不收费" is not taking the child in', () => {
    expect(understand('孩子4个月大 你们收不收费', ctx).slots.wantsCare).toBeUndefined();
  });
});

describe('numbered questions are each a question; a parenting question naming the ferry is not out of scope', () => {
  it('splits a numbered list into its items, each kept whole', () => {
    expect(splitSegments('两个问题：1）周末托育要钱吗 2）坐轮渡海风大 孩子脸吹得红红的 擦什么好')).toEqual([
      '周末托育要钱吗',
      '坐轮渡海风大 孩子脸吹得红红的 擦什么好',
    ]);
    expect(splitSegments('问两个事 一是体验课收不收钱 二是坐轮渡去鼓浪屿 海风把娃脸吹得又红又干 擦点啥好')).toHaveLength(2);
    expect(listedItems('周六一是上午 12月2日')).toBeUndefined();
    expect(listedItems('2) 周六 1) 周日')).toBeUndefined();
  });
  it.each([
    'two things: 1) is the weekday trial class also free or just the first one? 2) my 2yo has red rough cheeks from the wind on the ferry, what kind of cream should I use?',
    '问两个事 一是体验课收不收钱 二是坐轮渡去鼓浪屿 海风把娃脸吹得又红又干 擦点啥好',
    '两个问题：1）周末托育要钱吗 2）坐轮渡海风大 孩子脸吹得红红的 擦什么好',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.requests?.map((q) => q.intent)).toEqual(['knowledge', 'knowledge']);
    expect(u.slots.outOfScopePlace).toBeUndefined();
  });
  it('the child on the ferry with a skin question is a question', () => {
    expect(understand('坐轮渡的时候孩子脸吹红了 要擦什么', ctx).intent).toBe('knowledge');
  });
  it('the ferry itself stays outside the service', () => {
    expect(understand('鼓浪屿船票怎么买', ctx).intent).toBe('out_of_scope');
  });
});

describe('a choice asked with 是…还是… after an answer is a question, not joining the waitlist', () => {
  it('after an answer', () => {
    expect(understand('那候补是俩一起排还是各排各的', { ...ctx, previousIntent: 'knowledge' }).intent).toBe('knowledge');
  });
});
