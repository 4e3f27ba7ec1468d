import { describe, expect, it } from 'vitest';
import { findPointName } from '../../src/nlu/findPointName.ts';
import { findChildMention } from '../../src/nlu/parseChildren.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday
const POINTS = [
  { code: 'HL-WY', names: ['五缘湾', 'Wuyuan Bay'] },
  { code: 'HL-JT', names: ['江头', 'Jiangtou'] },
];

describe('a Western full name is found by the first name parents call the child', () => {
  it('"Noah" is Noah Zhang', () => {
    expect(findChildMention('Noah', ['Emma Zhang', 'Noah Zhang'])).toEqual({ name: 'Noah Zhang' });
  });
  it('a first name two children share names neither', () => {
    expect(findChildMention('Sam on Sunday', ['Sam Li', 'Sam Wu'])).toBeUndefined();
  });
});

describe('a point named only to be denied is not the one meant', () => {
  it.each([
    ['oh wait, i meant jiangtou, not wuyuan bay', 'HL-JT'],
    ['不对 是江头 不是五缘湾', 'HL-JT'],
    ['不是五缘湾的', undefined],
    ['五缘湾周六下午', 'HL-WY'],
  ])('%s', (text, want) => {
    expect(findPointName(text, POINTS)).toBe(want);
  });
});

describe('what the family holds now is looked up, not booked or searched', () => {
  it.each(['我现在还有哪些预约', '現在还有什么booking', '所以現在是約哪天', '兩個都有約到嗎', "so who's going on Sunday now?"])('%s', (text) => {
    expect(understand(text, { ...ctx, childNames: ['朵朵', '果果'] }).intent).toBe('my_bookings');
  });
  it('places still free are a search', () => {
    expect(understand('现在还有哪些预约名额', ctx).intent).not.toBe('my_bookings');
  });
});

describe("one child's booking handed to the other, or the same session for another child", () => {
  it('周日集美那个 改成给果果去吧 is a move to 果果', () => {
    const u = understand('周日集美那个 改成给果果去吧', { ...ctx, childNames: ['朵朵', '果果'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.child).toEqual({ name: '果果' });
  });
  it("Leo's party frees his spot for Mia", () => {
    const u = understand('Leo has a birthday party on Sunday, can Mia take his Sunday afternoon spot instead?', { ...ctx, childNames: ['Mia', 'Leo'] });
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedChild).toEqual({ name: 'Leo' });
    expect(u.slots.child).toEqual({ name: 'Mia' });
  });
  it('再给老二也约同一场 books, it does not ask', () => {
    expect(understand('再给老二也约同一场', { ...ctx, childNames: ['朵朵', '果果', '豆豆'] }).intent).toBe('book');
  });
  it('a question about what to bring stays a question', () => {
    expect(understand('孩子的换洗衣服要带去吗', ctx).intent).toBe('knowledge');
  });
});
