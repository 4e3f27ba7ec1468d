import { describe, expect, it } from 'vitest';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 46, und46 (test/fixtures/eval-tuning/und46.jsonl): whole booking conversations with several children.
describe('a booking for the wrong child, corrected (round 46)', () => {
  it.each([
    ['哎呀约错了 是给果果的 不是朵朵', ['朵朵', '果果'], '果果'],
    ['订错人了 应该是果果', ['朵朵', '果果'], '果果'],
    ['欸不對 是要幫妹妹子晴約 承恩那天不去', ['承恩', '子晴'], '子晴'],
  ])('"%s" is a correction for the other child', (text, childNames, child) => {
    const u = understand(text, { ...ctx, childNames, searching: true });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.correction).toBe(true);
    expect(u.slots.child).toEqual({ name: child });
  });
  it('a child said not to go that day ("承恩那天不去") is not one of the children asked for', () => {
    const u = understand('是要幫子晴約 承恩那天不去', { ...ctx, childNames: ['承恩', '子晴'], searching: true });
    expect(u.slots.namedChildren ?? []).not.toContain('承恩');
  });
});

describe('a sibling registered in English with a birth date (round 46)', () => {
  it.each([
    ['and his big sister Mia, 10 Feb 2024', 'Mia', '2024-02-10'],
    ['his little brother Sam, born 3 June 2025', 'Sam', '2025-06-03'],
  ])('"%s" registers the named child', (text, name, birthDate) => {
    const u = understand(text, { ...ctx, childNames: ['Leo'] });
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe(name);
    expect(u.slots.birthDate).toBe(birthDate);
  });
  it('a question about a sibling coming along is still a question', () => {
    expect(understand('can his big sister come along too?', { ...ctx, childNames: ['Leo'] }).intent).not.toBe('register_child');
  });
});

describe('"her too" after booking one of two children (round 46)', () => {
  it.each(['her too', 'and him as well please', 'her too?', 'ok her too'])('"%s" asks for the other child', (text) => {
    expect(understand(text, { ...ctx, childNames: ['Leo', 'Mia'], searching: true }).intent).toBe('find_slots');
  });
  it('with one child it is not read as another search', () => {
    expect(understand('her too', { ...ctx, childNames: ['Leo'], searching: true }).intent).not.toBe('find_slots');
  });
});

describe('a short mixed yes/no question after a request is its own request (round 46)', () => {
  it('"…帮Leo book一个 是free的吗" splits into the booking and the question', () => {
    expect(splitSegments('周六上午海沧帮Leo book一个 是free的吗', ['Leo'])).toEqual(['周六上午海沧帮Leo book一个', '是free的吗']);
  });
  it.each(['周六上午 有slot吗', '周六上午湖里 有free的吗', '周日下午 集美有session吗'])('"%s" stays one search', (text) => {
    expect(splitSegments(text, [])).toEqual([text]);
  });
});

describe('which weekdays a kind of session runs is a question (round 46)', () => {
  it.each(['那體驗課是禮拜幾', '体验课是周几有', '半日托一般周几有'])('"%s" is answered, not searched', (text) => {
    expect(understand(text, { ...ctx, childNames: ['小米'], searching: true }).intent).toBe('knowledge');
  });
  it('a day named with the kind is still a search', () => {
    expect(understand('下周三有体验课吗', { ...ctx, childNames: ['小米'] }).intent).toBe('find_slots');
  });
});
