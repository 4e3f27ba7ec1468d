import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/nlu/detectLanguage.ts';
import { parsePartOfDay } from '../../src/nlu/parsePartOfDay.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday
const family = { ...ctx, childNames: ['小雨', '团团', 'Olivia', 'Sam'] };

describe('questions that mention a day, a time or a booking word stay questions', () => {
  it.each([
    '临时托跟半日托有啥不一样',
    'weekend 的托育要收钱吗',
    '托育點的老師有受過專業訓練嗎',
    '第一次送去托育點要怎麼跟孩子說再見',
    '哪一種服務點可以把小孩放著',
    '服务点有没有wifi',
    '预約了沒來會怎樣',
    '那取消了名额会怎么样',
    'cancel预约最晚几点',
    '看一下预约的规则',
    'What time do I have to cancel by for a Saturday morning booking?',
    'If a waitlist place comes up, how long do I have to accept it?',
    'Can I bring my older kid along to the Sunday session?',
    'how many weekend sessions per week',
    'baby keeps waking at 5am',
  ])('%s', (text) => {
    expect(understand(text, family).intent).toBe('knowledge');
  });
});

describe('asking for a person in a tired message', () => {
  it.each(['这几天真的撑不住了，孩子天天哭，想找个人说说话', "I'm so overwhelmed with the twins, can someone please talk to me"])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });
});

describe('children', () => {
  it('a birth-order word before a verb is not a name', () => {
    const u = understand('给大宝找一下周六下午思明的位置', family);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.childName).toBeUndefined();
    expect(u.slots.child).toEqual({ birthOrder: 1 });
  });
  it('a child named before "约的是哪天" is a lookup', () => {
    expect(understand('团团约的是哪天来着', family).intent).toBe('my_bookings');
    expect(understand('我想约的是周六上午湖里', family).intent).toBe('book');
  });
  it('several registered children named in one request are all kept', () => {
    expect(understand('Olivia 和 Sam 周六上午湖里都有位置吗', family).slots.namedChildren).toEqual(['Olivia', 'Sam']);
  });
  it("'…for Emma, and Leo on Sunday' is a request per child", () => {
    const u = understand('Book Saturday morning in Siming for Emma, and Leo on Sunday', { ...ctx, childNames: ['Emma', 'Leo'] });
    expect(u.requests?.map((q) => q.slots.child)).toEqual([{ name: 'Emma' }, { name: 'Leo' }]);
    expect(u.requests?.[1]?.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });
});

describe('times within the day', () => {
  it.each([
    ['周日三点以后', 'afternoon'],
    ['两点半左右', 'afternoon'],
    ['Sunday 2:30', 'afternoon'],
    ['周六10点', 'morning'],
    ['能不能早一点', undefined],
  ])('%s', (text, part) => {
    expect(parsePartOfDay(text)).toBe(part);
  });
});

describe('language', () => {
  it('a sentence ending on a Chinese particle is Chinese', () => {
    expect(detectLanguage('no-show会被ban吗')).toBe('zh');
    expect(detectLanguage('Can I book 湖里 on Saturday?')).toBe('en');
  });
});
