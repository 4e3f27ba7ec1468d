import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Issue 14 item 5: how many / how long / how late / how early, asked about the service's rules, is answered, not acted
// on, whatever booking word, waitlist word or day it names.
describe('a question about the service limits stays a question', () => {
  it.each([
    ['预约要提早几天 我怕抢不到'],
    ['要提前幾天才約得到'],
    ['一周可以 book 几个 session'],
    ['一个礼拜最多能约几次'],
    ['waitlist 排到了要几分钟内 confirm'],
    ['候补通知来了 多久之内要点确认'],
    ['How long will you hold a waitlist spot for me?'],
    ['how many times can we book in a month?'],
    ['book 了但是来不了 最晚几点 cancel'],
    ['订了周六的 最迟什么时候可以退'],
    ['how late can I cancel a Saturday booking?'],
    // ("can I book" is what "how early" asks about, not a request.)
    ['how early can I book a weekend spot? they always seem gone'],
    ['how far ahead can we book saturday?'],
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('even during a search ("那当天最晚什么时候还能约")', () => {
    expect(understand('那当天最晚什么时候还能约', { ...ctx, searching: true, previousIntent: 'find_slots' }).intent).toBe('knowledge');
  });
});

describe('searches and picks with a number word stay actions', () => {
  it.each([
    ['周六还有几个位置', 'find_slots'],
    ['周六上午湖里有位置吗', 'find_slots'],
    ['帮我约周六上午湖里', 'book'],
    ['can I book saturday morning in huli', 'book'],
    ['how many spaces are left on Saturday morning?', 'find_slots'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });
});

// Names come from naming words: "帮我排个候补" asks for a waitlist place, it names nobody.
describe('a verb or filler after 帮/给 is not a child name', () => {
  it.each([['前埔这周六上午帮我排个候补'], ['帮我排个队'], ['给我留一个位置'], ['帮忙约一下周六'], ['帮他们订周日上午']])('%s names no child', (text) => {
    expect(understand(text, ctx).slots.childName).toBeUndefined();
  });
  it.each([
    ['帮朵朵排个候补', '朵朵'],
    ['给乐乐约周六上午', '乐乐'],
    ['孩子叫小米', '小米'],
  ])('%s names %s', (text, name) => {
    expect(understand(text, ctx).slots.childName).toBe(name);
  });
});

// A parent's distress told, asking for nothing, is not a search for the day it names.
describe('venting is not a search', () => {
  it.each([
    ["I'm so 崩溃 today 一个人带娃"],
    ['今天一个人带娃 好累'],
    ['老公都不幫忙 每天自己顧小孩 快崩潰了'],
    ["I'm exhausted, doing this alone all weekend"],
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each([
    ['好累 周六能帮我约个半日托吗', ['find_slots', 'book']],
    ['so tired, any half day slots Saturday?', ['find_slots', 'book']],
  ])('%s still asks for places', (text, intents) => {
    expect(intents).toContain(understand(text, ctx).intent);
  });
});

describe('feeding words are not greetings or booking codes', () => {
  it('親餵 is breastfeeding, not the greeting 亲', () => {
    expect(understand('親餵的話怎麼知道寶寶有沒有喝飽', ctx).intent).toBe('knowledge');
  });
  it('亲, alone, still greets', () => {
    expect(understand('亲，在吗', ctx).intent).toBe('greeting');
  });
  it.each([['一天喝快1000cc 会不会太多'], ['每次喝150ml够不够']])('%s has no booking reference', (text) => {
    const u = understand(text, ctx);
    expect(u.slots.bookingRef).toBeUndefined();
    expect(u.intent).not.toBe('my_bookings');
  });
});
