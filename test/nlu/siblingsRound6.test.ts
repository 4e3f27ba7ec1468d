import { describe, expect, it } from 'vitest';
import { findChildMention } from '../../src/nlu/parseChildren.ts';
import { parsePartOfDay } from '../../src/nlu/parsePartOfDay.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday
const with2 = (a: string, b: string) => ({ ...ctx, childNames: [a, b] });

describe('a registered full name is found by the given name parents call the child', () => {
  it.each([
    ['梓轩周日下午去湖里', ['王梓涵', '王梓轩'], '王梓轩'],
    ['思齊週六下午去五緣灣可以嗎', ['陳思妤', '陳思齊'], '陳思齊'],
    ['王梓涵周六上午', ['王梓涵', '王梓轩'], '王梓涵'],
  ])('%s', (text, names, want) => {
    expect(findChildMention(text, names)).toEqual({ name: want });
  });

  it('a given name two children share names neither', () => {
    expect(findChildMention('子涵周六上午', ['王子涵', '李子涵'])).toBeUndefined();
  });
});

describe('birth order and parts of day in more words', () => {
  it('"the middle one" of three is the second', () => {
    expect(findChildMention('the middle one next Sunday afternoon in Jimei', ['Lily', 'Jack', 'Rose'])).toEqual({ birthOrder: 2 });
  });
  it.each([
    ['拜六下晡有位无', 'afternoon'],
    ['顶晡去湖里', 'morning'],
  ] as const)('%s', (text, part) => {
    expect(parsePartOfDay(text)).toBe(part);
  });
});

describe('a child, a day and a place asked "ok?" is a search for that child', () => {
  it.each(['this Sun 上午 大宝 去海沧 ok 吗', '周日上午 大宝 去海沧 可以吗', '老二周六下午去湖里行吗'])('%s', (text) => {
    const u = understand(text, with2('安安', '乐乐'));
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toBeDefined();
  });
  it('what to bring stays a question', () => {
    const u = understand('周六上午大宝去海沧要带什么', with2('安安', '乐乐'));
    expect(u.requests?.some((q) => q.intent === 'knowledge') ?? u.intent === 'knowledge').toBe(true);
  });
});

describe("one child's booking given to the other is a move of that booking", () => {
  it.each([
    ['朵朵周日上午思明那个取消掉 换成果果去', ['朵朵', '果果'], '朵朵', '果果'],
    ['朵朵周日的不去了 让果果去吧', ['朵朵', '果果'], '朵朵', '果果'],
    ["cancel Mia's Saturday and book Leo instead", ['Mia', 'Leo'], 'Mia', 'Leo'],
  ] as const)('%s', (text, names, from, to) => {
    const u = understand(text, with2(names[0], names[1]));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedChild).toEqual({ name: from });
    expect(u.slots.child).toEqual({ name: to });
  });
  it('a new day for the other child keeps the day apart', () => {
    const u = understand("cancel Mia's Saturday and book Leo into Sunday morning instead", with2('Mia', 'Leo'));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });
  it.each(['果果发烧了 周六的帮他取消 朵朵照样去', '果果周日的取消 朵朵照常'])('keeping the other child is no move: %s', (text) => {
    expect(understand(text, with2('朵朵', '果果')).intent).not.toBe('reschedule');
  });
});

describe('two requests and corrections', () => {
  it('"还有请问" after mixed words starts a second request', () => {
    expect(splitSegments('果果 cancel 周日的 朵朵 keep 还有请问 cancel 最晚几点')).toEqual(['果果 cancel 周日的 朵朵 keep', '还有请问 cancel 最晚几点']);
  });
  it('a correction naming a child during a search is a search for that child', () => {
    const u = understand('oh wait, it should be for Leo not Mia', { ...with2('Mia', 'Leo'), searching: true });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ name: 'Leo' });
  });
});

describe('twins asked for with a day and a place are a search for both', () => {
  it.each(['双胞胎两个都要去 周六上午海沧 半日托', '双胞胎 both 周六下午 集美 有两个位置吗', '雙胞胎兩個一起 這週日下午 思明有位子嗎'])('%s', (text) => {
    const u = understand(text, with2('糖糖', '豆豆'));
    expect(u.intent).toBe('find_slots');
    expect(u.slots.allChildren).toBe(true);
    expect(u.requests).toBeUndefined();
  });
  it.each(['双胞胎要分开睡吗', '双胞胎可以一起约吗'])('a question about twins stays one: %s', (text) => {
    expect(understand(text, with2('糖糖', '豆豆')).intent).toBe('knowledge');
  });
});

describe('two birth-order words asked together are both children', () => {
  const three = { ...ctx, childNames: ['一一', '二二', '三三'] };
  it.each([
    ['老大老二这周日上午都想去翔安 有没有两个位置', [1, 2]],
    ['老大老三 周日下午 一起去 湖里 有没有 place', [1, 3]],
  ] as const)('%s', (text, orders) => {
    const u = understand(text, three);
    expect(u.slots.orderedChildren).toEqual(orders);
    expect(u.slots.child).toBeUndefined();
  });
  it('one child hurting another is about the first named, not both', () => {
    expect(understand('老大打了老二 怎么办', three).slots.orderedChildren).toBeUndefined();
  });
});

describe('asking for staff is not asking for a job', () => {
  it('找工作人员 is a person, not a job at the service', () => {
    const u = understand('帮我查下周日下午集美的临时托，另外我想找工作人员问下发票的事', ctx);
    expect(u.slots.outOfScopeRequest).toBeUndefined();
    expect(u.intent).toBe('find_slots');
  });
});
