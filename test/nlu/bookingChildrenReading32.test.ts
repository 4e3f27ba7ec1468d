import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = (childNames: string[]) => ({ now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai', childNames });

describe('round 32: booking and children requests read as what they ask', () => {
  it.each([
    ['delete the booking', ['Leo'], 'cancel'],
    ['delete 那个 booking', ['Leo'], 'cancel'],
    ['把周六的预约删掉', ['朵朵'], 'cancel'],
    ['which children do I have registered?', ['Mia', 'Leo'], 'list_children'],
    ['我 register 了哪几个 kids?', ['Emma', 'Noah'], 'list_children'],
    ['我登记了哪几个孩子', ['小宝'], 'list_children'],
    ['我有哪些預約', ['安安'], 'my_bookings'],
  ])('%s → %s', (text, names, intent) => {
    expect(understand(text, ctx(names)).intent).toBe(intent);
  });

  it('how to delete a booking stays a question', () => {
    expect(understand('how do I delete a booking?', ctx(['Leo'])).intent).not.toBe('cancel');
  });

  it('"不是老大 是老二要去" about a booking gives the booked place to the other child', () => {
    const u = understand('禮拜天那個預約弄錯了 不是老大 是老二要去', ctx(['安安', '樂樂']));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedChild).toEqual({ birthOrder: 1 });
    expect(u.slots.child).toEqual({ birthOrder: 2 });
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-29', to: '2026-11-29' });
  });

  it('"周六那个 booking 不是 Leo 是 Emma 去" moves Leo\'s Saturday place to Emma', () => {
    const u = understand('周六那个 booking 不是 Leo 是 Emma 去', ctx(['Leo', 'Emma']));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedChild).toEqual({ name: 'Leo' });
    expect(u.slots.child).toEqual({ name: 'Emma' });
  });

  it('"can you swap Saturday for Sunday for Mia?" moves Mia\'s Saturday booking to Sunday', () => {
    const u = understand('can you swap Saturday for Sunday for Mia?', ctx(['Mia', 'Leo']));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    expect(u.slots.child).toEqual({ name: 'Mia' });
  });

  it('a wh-question after a comma closing a booking request is a request of its own', () => {
    const u = understand('book Emma for Sunday afternoon in Haicang, what should she bring?', ctx(['Emma']));
    expect(u.requests?.map((r) => r.intent)).toEqual(['book', 'knowledge']);
    expect(understand('When she wakes at night, how do I get her back to sleep?', ctx([])).requests?.length ?? 1).toBe(1);
  });
});
