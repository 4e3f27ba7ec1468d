import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

const actions = (q: string) => {
  const u = understand(q, ctx);
  return [u.intent, ...(u.requests ?? []).map((r) => r.intent)].filter((i) => ['find_slots', 'book', 'join_waitlist', 'can_attend'].includes(i));
};

// Round 40 (pol40e): service questions from expat and code-switching parents that read as a search or a booking.
describe('service questions are questions, not searches or bookings', () => {
  it.each([
    // no local hukou, with the weekend as the setting
    "We're here from Chengdu for two weeks. Can our toddler come to the free weekend care though we don't have Xiamen hukou?",
    // why places go so fast
    'Why are the Sunday morning places always gone by the time I look?',
    '为什么周日上午的位置一放出来就没了',
    // a repeat weekly booking
    'Could we book the same Sunday afternoon session every week until January?',
    // a good time told before a feedback question
    'She had a wonderful morning at the music class on Sunday. Where can I send feedback?',
    // waiting nearby
    'Can I wait in a coffee shop nearby while he is in the session?',
    '我可以在附近的商场等吗',
    // another family's child
    "Can I book a place for my neighbour's son?",
  ])('%s → no action', (q) => {
    expect(actions(q)).toEqual([]);
  });

  it('asking for places or booking outright still acts', () => {
    expect(understand('any slots Saturday morning?', ctx).intent).toBe('find_slots');
    expect(understand('周六上午还有位吗', ctx).intent).toBe('find_slots');
    expect(understand('book a place for Saturday morning in Huli please', ctx).intent).toBe('book');
    expect(understand('no Xiamen hukou, can my 2 year old go to Huli on Saturday?', ctx).intent).toBe('find_slots');
  });
});
