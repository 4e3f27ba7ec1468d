import { describe, expect, it } from 'vitest';
import { withoutReason } from '../../src/nlu/reasonTold.ts';
import { blankModelDay, modelChild, sameAsBefore } from '../../src/nlu/sameAsBefore.ts';
import { understand } from '../../src/nlu/understand.ts';

const now = new Date('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Xiamen
const ctx = { now, timeZone: 'Asia/Shanghai' };

// Round 50, und50 (test/fixtures/eval-tuning/und50.jsonl): whole conversations — a reason told beside a change, and a
// booking the family holds named as the model for a new one.
describe('a reason told beside a change is not a question (round 50)', () => {
  it.each([
    ['不好意思搞错了 周六她下午要午睡 改上午吧', ['果果'], 'morning'],
    ['sorry wrong slot, she naps in the afternoons - can we do the morning instead?', ['Lily'], 'morning'],
    ['搞错了 周日上午他要上早教 下午可以', ['安安'], 'afternoon'],
  ])('"%s" is a booking request for the part of day asked for', (text, childNames, partOfDay) => {
    const u = understand(text, { ...ctx, childNames });
    expect(['find_slots', 'book', 'reschedule']).toContain(u.intent);
    expect(u.slots.partOfDay).toBe(partOfDay);
  });
  it.each([
    ['宝宝上午要睡觉 一般睡多久比较好', ['果果']],
    ['she naps in the afternoons, is two hours too long?', ['Lily']],
  ])('"%s" still asks about the nap', (text, childNames) => {
    expect(understand(text, { ...ctx, childNames }).intent).toBe('knowledge');
  });
  it('a jab on another day, then "can he come Saturday?", is still asked about (no correction)', () => {
    const u = understand('Lily下周二要去打疫苗 周六还能去吗', { ...ctx, childNames: ['Lily'], searching: true });
    expect(u.intent).toBe('knowledge');
  });
  it('a check-up given as why the other child is asked for is a reason, not a health story', () => {
    const u = understand('oh sorry 是Lily, Max那天要去体检', { ...ctx, childNames: ['Max', 'Lily'], searching: true });
    expect(u.intent).toBe('find_slots');
    expect(u.slots.child).toEqual({ name: 'Lily' });
  });
  it('sets the reason aside and keeps the rest', () => {
    expect(withoutReason('周日他上午要睡觉 下午才行')).toBe('周日 下午才行');
    expect(withoutReason('周日下午有位吗')).toBeUndefined();
  });
});

describe('a booking named as the model for a new one (round 50)', () => {
  it.each(['和上次一样的 下下周也约', '跟这次一样 再帮我约一个', 'same as last time please', '一样的地方跟时段'])('"%s" keeps both place and time', (text) => {
    expect(sameAsBefore(text)).toEqual({ samePlace: true, sameTime: true });
  });
  it('the model day is not the day asked for when another is named', () => {
    const u = understand('same as this Sunday one but the Saturday after, for Lily', { ...ctx, childNames: ['Lily'] });
    expect(u.slots.samePlace).toBe(true);
    expect(blankModelDay('same as this sunday one').trim()).toBe('');
  });
  it('a model day alone is still the day', () => {
    const u = understand('book Lily same as this Sunday', { ...ctx, childNames: ['Lily'] });
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });
});

describe('one child booked like another (round 50)', () => {
  it.each([
    ['Lily也要 跟Max的一样吧', 'Max'],
    ["book Lily too, same as Max's", 'Max'],
  ])('"%s" takes the other child\'s booking as the model', (text, model) => {
    expect(modelChild(text, ['Max', 'Lily'])).toBe(model);
    const u = understand(text, { ...ctx, childNames: ['Max', 'Lily'] });
    expect(u.intent).toBe('book');
    expect(u.slots.child).toEqual({ name: 'Lily' });
  });
  it.each(['Lily跟Max一样 晚上也老醒怎么办', 'Lily和Max一样大吗'])('"%s" compares the children, books nothing', (text) => {
    expect(understand(text, { ...ctx, childNames: ['Max', 'Lily'] }).intent).not.toBe('book');
  });
});
