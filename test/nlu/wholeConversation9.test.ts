import { describe, expect, it } from 'vitest';
import { namedChildren } from '../../src/nlu/parseChildren.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

describe('two requests for two children named by birth order are two requests', () => {
  it.each([
    ['帮老大约周六上午湖里，老二周日的取消', ['朵朵', '果果']],
    ['幫老大約禮拜六上午海滄，老二禮拜天的取消', ['陳品睿', '陳語彤']],
    ['帮老大book周六下午集美, 老二周日的cancel掉', ['Mia', 'Leo']],
  ])('%s', (text, names) => {
    const u = understand(text, { ...ctx, childNames: names });
    expect(u.requests?.map((q) => q.intent)).toEqual([expect.stringMatching(/find_slots|book/), 'cancel']);
    expect(u.requests?.[0]?.slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(u.requests?.[0]?.slots.child).toEqual({ birthOrder: 1 });
    expect(u.requests?.[1]?.slots.child).toEqual({ birthOrder: 2 });
    expect(u.requests?.[1]?.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });
  it('an only child: a sibling word after a comma splits nothing', () => {
    expect(splitSegments('周六上午湖里，妹妹想去', ['朵朵'])).toEqual(['周六上午湖里，妹妹想去']);
  });
});

describe('a booking sent to another place is a move', () => {
  it('"周六思明那个 改到湖里吧 时间不变" moves Saturday to Huli', () => {
    const u = understand('周六思明那个 改到湖里吧 时间不变', { ...ctx, childNames: ['果果'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.district).toBe('huli');
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });
  it('a question about moving stays a question', () => {
    expect(understand('预约了的能改到别的区吗', ctx).intent).not.toBe('reschedule');
  });
});

describe('a child declined right after the name is not booked for', () => {
  it('"朵朵和果果都约这周日上午同安，豆豆不用"', () => {
    expect(namedChildren('朵朵和果果都约这周日上午同安，豆豆不用', ['朵朵', '果果', '豆豆'])).toEqual(['朵朵', '果果']);
  });
  it('children named together are both named', () => {
    expect(namedChildren('朵朵和豆豆都约周六', ['朵朵', '果果', '豆豆'])).toEqual(['朵朵', '豆豆']);
  });
});

describe('asking whether it is booked looks at the bookings', () => {
  it.each(['are they both booked now?', 'ok 两个都book好了?', '两个都约好了吗', 'is Mia booked in?'])('%s', (text) => {
    expect(understand(text, { ...ctx, childNames: ['Mia', 'Leo'] }).intent).toBe('my_bookings');
  });
  it('"两个孩子都约上" asks for it to be done', () => {
    expect(understand('两个孩子都约上', { ...ctx, childNames: ['朵朵', '果果'] }).intent).not.toBe('my_bookings');
  });
  it('a request with a place is still a booking', () => {
    expect(understand('Book Leo Sunday morning in Huli', { ...ctx, childNames: ['Mia', 'Leo'] }).intent).toBe('book');
  });
});

describe('"book them both" is every child; "never mind, switch it to Sunday" corrects', () => {
  it('book them both', () => {
    expect(understand('book them both for Sunday morning in Jimei', { ...ctx, childNames: ['Olivia', 'Lucas'] }).slots.allChildren).toBe(true);
  });
  it.each(['never mind, switch it to Sunday instead', 'actually make it the afternoon', 'scratch that, Sunday please'])('%s', (text) => {
    expect(understand(text, { ...ctx, childNames: ['Mia'] }).slots.correction).toBe(true);
  });
});

describe('"both of them" under a list is the same search for every child', () => {
  it('while searching', () => {
    const u = understand('both of them', { ...ctx, childNames: ['Mia', 'Leo'], searching: true });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.allChildren).toBe(true);
  });
  it('a question about both stays a question', () => {
    expect(understand('can both of them go?', { ...ctx, childNames: ['Mia', 'Leo'], searching: true }).intent).toBe('knowledge');
  });
});
