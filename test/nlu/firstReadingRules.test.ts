import { describe, expect, it } from 'vitest';
import { FIRST_READING_RULES, type FirstWords } from '../../src/nlu/firstReadingRules.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import type { Reading } from '../../src/nlu/ReinterpretRule.ts';
import { reinterpret } from '../../src/nlu/reinterpret.ts';
import type { Slots, UnderstandContext } from '../../src/nlu/types.ts';

const ctx: UnderstandContext = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const family: UnderstandContext = { ...ctx, childNames: ['朵朵', '果果'] };
const saturday = { from: '2026-11-28', to: '2026-11-28' } as unknown as NonNullable<Slots['dateRange']>;
const sunday = { from: '2026-11-29', to: '2026-11-29' } as unknown as NonNullable<Slots['dateRange']>;

function words(text: string, over: Partial<FirstWords> = {}): FirstWords {
  const t = prepareText(text);
  return { original: text, t, positive: t, unavailableSaid: false, unavailable: {}, ...over };
}
function read(text: string, r: Reading, c: UnderstandContext = ctx, over: Partial<FirstWords> = {}): Reading {
  return reinterpret(r, words(text, over), c, FIRST_READING_RULES);
}
const reading = (intent: Reading['intent'], slots: Slots = {}, confidence = 0.6): Reading => ({ intent, confidence, slots });

describe('first reading rules', () => {
  it('are named once each and say why', () => {
    const names = FIRST_READING_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of FIRST_READING_RULES) expect(rule.why.length).toBeGreaterThan(20);
  });

  it('reads "好的 两个都要" in a family of two as a booking for every child', () => {
    const r = read('好的 两个都要', reading('affirm'), family);
    expect(r.intent).toBe('book');
    expect(r.slots.allChildren).toBe(true);
  });

  it('leaves "两个都要" alone for a family of one child', () => {
    expect(read('好的 两个都要', reading('affirm')).intent).toBe('affirm');
  });

  it('reads a booking named and dropped as its cancellation, on the day dropped', () => {
    const r = read('周六那个不要了', reading('knowledge', { negated: { dateRange: saturday } }));
    expect(r.intent).toBe('cancel');
    expect(r.slots.dateRange).toEqual(saturday);
    expect(r.slots.negated?.dateRange).toBeUndefined();
  });

  it('keeps the booking when the parent says not to cancel', () => {
    expect(read('等等 先别取消', reading('cancel')).intent).toBe('deny');
    expect(read("wait, don't cancel it", reading('cancel')).intent).toBe('deny');
  });

  it('reads a change to a day and place as a search, not a question about changing', () => {
    const r = read('改约周六上午湖里', reading('knowledge', { dateRange: saturday, district: 'huli', partOfDay: 'morning' }));
    expect(r.intent).toBe('find_slots');
  });

  it('under a list, takes the part of day after the change word, not the one in the reason', () => {
    const r = read('wait 改成afternoon 她上午要睡觉', reading('knowledge', { partOfDay: 'morning' }), { ...ctx, searching: true });
    expect(r.intent).toBe('find_slots');
    expect(r.slots.partOfDay).toBe('afternoon');
  });

  it('reads being turned away at a booked session as a complaint', () => {
    expect(read('周日约了 结果到了服务点没开门', reading('knowledge')).intent).toBe('complaint');
  });

  it('reads a grievance about staff as a complaint even when it names a parenting topic', () => {
    expect(read('老师一上午没给孩子换尿布 我很生气', reading('knowledge')).intent).toBe('complaint');
  });

  it('answers what staff check at drop-off instead of calling a person', () => {
    expect(read('送过去的时候工作人员会先检查哪些东西', reading('human')).intent).toBe('knowledge');
  });

  it('answers the pause rule when the waitlist is asked about during a pause', () => {
    expect(read('被暂停预约了 这段时间还能加候补吗', reading('join_waitlist')).intent).toBe('knowledge');
  });

  it('takes the day they cannot make as the booking to cancel', () => {
    const r = read("can't make it saturday, please cancel", reading('cancel'), ctx, { unavailableSaid: true, unavailable: { dateRange: saturday } });
    expect(r.slots.dateRange).toEqual(saturday);
  });

  it('reads "两个都book好了?" as a look at the bookings', () => {
    expect(read('两个都book好了?', reading('book'), family).intent).toBe('my_bookings');
  });

  it('reads a booking sent to another place as a move to that place', () => {
    const r = read('周六思明那个 改到湖里吧 时间不变', reading('find_slots', { dateRange: saturday, district: 'siming' }));
    expect(r.intent).toBe('reschedule');
    expect(r.slots.district).toBe('huli');
  });

  it('asked as a question, a move to another place stays what it was', () => {
    expect(read('周六思明那个 能改到湖里吗', reading('knowledge', { dateRange: saturday, district: 'siming' })).intent).toBe('knowledge');
  });

  it("sets a move's old and new day from the words before and after the verb", () => {
    const r = read('周六的改到周日', reading('reschedule', { dateRange: saturday }));
    expect(r.slots.movedFrom).toEqual(saturday);
    expect(r.slots.dateRange).toEqual(sunday);
  });

  it('of two children named, moves the booking of the one in the moving clause', () => {
    const r = read('朵朵和果果周六都约了，把果果的改到周日', reading('reschedule', { namedChildren: ['朵朵', '果果'] }), family);
    expect(r.slots.child).toEqual({ name: '果果' });
    expect(r.slots.namedChildren).toBeUndefined();
  });
});
