import { describe, expect, it } from 'vitest';
import { findBirthDates, parseBirthDate } from '../../src/nlu/parseBirthDate.ts';
import { findChildMention, nameAsWritten, pairByAge, parseChildren, parseOrderedName } from '../../src/nlu/parseChildren.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T10:00:00+08:00');
const tz = 'Asia/Shanghai';
const read = (text: string, childNames: string[] = [], searching = false) =>
  understand(text, { now, timeZone: tz, childNames, points: [], searching } as never);

describe('birth dates written as parents write them', () => {
  it.each([
    ['二〇二四年十一月八号', '2024-11-08'],
    ['二零二五年十月二十号生', '2025-10-20'],
    ['114/8/19生', '2025-08-19'],
    ['民國113/03/05', '2024-03-05'],
    ['113年7月11日生', '2024-07-11'],
    ['今年June 18出生', '2026-06-18'],
    ['born March 3rd last year', '2025-03-03'],
  ])('%s → %s', (text, date) => {
    expect(parseBirthDate(prepareText(text), now, tz).birthDate).toBe(date);
  });
  it('a day asked for is still no birth date', () => {
    expect(findBirthDates(prepareText('周六 12/5 有位吗'), now, tz)).toEqual([]);
  });
});

describe('several children in one message', () => {
  const names = (text: string) => parseChildren(prepareText(text), now, tz, text)?.map((c) => [c.name, c.birthDate]);
  it('three children, three ways of writing the date', () => {
    expect(names('帮我登记三个孩子：老大阳阳2023.12.18，老二豆豆 24年9月12号，老三糖豆 今年5月16日出生的')).toEqual([
      ['阳阳', '2023-12-18'],
      ['豆豆', '2024-09-12'],
      ['糖豆', '2026-05-16'],
    ]);
  });
  it('Latin names after Chinese birth-order words, and a month in English', () => {
    expect(names('帮我register三个: 老大Kai 2024年10月13, 老二Luna 2025/11/15, 还有小的Noa 今年June 18出生')).toEqual([
      ['Kai', '2024-10-13'],
      ['Luna', '2025-11-15'],
      ['Noa', '2026-06-18'],
    ]);
  });
  it('names are kept in the script they were written in', () => {
    expect(names('幫我登記兩個小孩：哥哥宇恆 民國113年7月11日生，妹妹芊芊 114/8/19生')).toEqual([
      ['宇恆', '2024-07-11'],
      ['芊芊', '2025-08-19'],
    ]);
    expect(nameAsWritten('宇恒', '哥哥宇恆')).toBe('宇恆');
  });
  it('twins with one date are one registration, not split into a question and a date', () => {
    const u = read('我家是雙胞胎 姊姊叫安妮 弟弟叫安哲 都是民國114年1月13日生的');
    expect(u.intent).toBe('register_child');
    expect(u.slots.children?.map((c) => c.name)).toEqual(['安妮', '安哲']);
  });
  it('twins born on a date whose day and month could swap: both carry the question', () => {
    const twins = parseChildren(prepareText('Please register my twins Ava and Max, born 04/05/2025'), now, tz);
    expect(twins?.every((c) => c.ambiguous?.readings.join() === '2025-04-05,2025-05-04')).toBe(true);
  });
  it('a name after 叫 is the name, and a denied sibling word names nobody', () => {
    const u = read('不是哥哥啦 是妹妹 還沒登記 她叫林芊芊 2025年8月19日生', ['宇恆']);
    expect(u.slots.childName).toBe('林芊芊');
    expect(u.slots.children).toBeUndefined();
  });
  it('"老二 叫Mimi" names Mimi', () => {
    expect(parseOrderedName(prepareText('帮我register一下老二 叫Mimi 生日是06/07/2025'))?.name).toBe('Mimi');
  });
});

describe('which child', () => {
  it('"只幫哥哥約" singles out the older child even when the younger is named first', () => {
    expect(findChildMention('啊 妹妹那天要回診 只幫哥哥約就好', ['宇恆', '芊芊'])).toEqual({ birthOrder: 1 });
  });
  it('English pet names of a registered name', () => {
    expect(findChildMention('Can Charlie go to Wuyuan Bay on Sunday morning?', ['Alexander', 'Charlotte'])).toEqual({ name: 'Charlotte' });
    expect(findChildMention('Alex too please', ['Alexander', 'Charlotte'])).toEqual({ name: 'Alexander' });
    // Two children either could be: nobody.
    expect(findChildMention('Can Charlie go?', ['Charles', 'Charlotte'])).toBeUndefined();
  });
  it('"the two older ones", "兩個小的" in a family of three', () => {
    expect(pairByAge(prepareText('Can the two older ones go to Haicang?'), 3)).toEqual([1, 2]);
    expect(pairByAge(prepareText('那就兩個小的 幫他們約'), 3)).toEqual([-2, -1]);
    expect(pairByAge(prepareText('两个小的'), 2)).toBeUndefined();
    expect(read('Can the two older ones go to Haicang next Sunday afternoon?', ['Sophie', 'Ben', 'Rosie']).slots.orderedChildren).toEqual([1, 2]);
  });
  it('"Alex too please, same session" is a booking for that child', () => {
    expect(read('Great. Alex too please, same session', ['Alexander', 'Charlotte']).intent).toBe('book');
  });
});

describe('changes', () => {
  it('a birth date corrected in a family of two is an update, not a child called 哦 写错了', () => {
    const u = read('哦生日写错了 是2025年9月12日', ['小鱼', '豆包']);
    expect(u.intent).toBe('update_child');
  });
  it('cancel one child and move the other: two requests, not a swap', () => {
    const u = read('Kai的cancel掉, Luna的改到Sunday morning 同一个地方', ['Kai', 'Luna']);
    expect(u.requests?.map((q) => q.intent)).toEqual(['cancel', 'reschedule']);
  });
  it('"wait 改成afternoon 她上午要睡觉" under a list changes the search', () => {
    const u = read('wait 改成afternoon 她上午要睡觉', ['Kai', 'Luna'], true);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.partOfDay).toBe('afternoon');
  });
  it.each(['What do we still have booked?', 'Where and when is it again?'])('%s looks up the bookings', (text) => {
    expect(read(text, ['Sophie', 'Ben']).intent).toBe('my_bookings');
  });
});
