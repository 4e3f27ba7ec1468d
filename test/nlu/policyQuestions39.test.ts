import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

const noAction = (q: string) => {
  const u = understand(q, ctx);
  return [u.intent, ...(u.requests ?? []).map((r) => r.intent)].filter((i) => ['find_slots', 'book', 'join_waitlist', 'complaint', 'help'].includes(i));
};

// Round 39 (pol39): service questions expat parents ask in English that read as a search, a booking, a waitlist request,
// a complaint or a call for the menu.
describe('service questions in English are questions', () => {
  it.each([
    // who takes the child: the helper or grandparent taking the child, whether it must be a parent
    'Could our nanny bring him to the point on Sunday and take him home afterwards?',
    'Can grandma take her to the care point on Saturday morning?',
    'Does it have to be a parent who drops off on Sunday?',
    // a booking supposed, not made: "if I book a …, is that ok?"
    'When I book a half-day session, can I collect him a bit earlier than the end?',
    'If we book a Sunday morning place and need to leave early, is that fine?',
    // what a waitlist word means, with the waitlist told
    "We're on the waiting list for Saturday and the text says 'hold'. What's a hold?",
    // what happens to data given to the bot
    'What do you do with the details I typed in about my son?',
    // a service that does not fit the parent's week is no complaint
    'We both work weekends so the Saturday care is useless for us. Anything on weekdays?',
  ])('%s → no action', (q) => {
    expect(noAction(q)).toEqual([]);
  });

  it('asking for places or booking outright still acts', () => {
    expect(understand('book a place for Saturday morning in Huli please', ctx).intent).toBe('book');
    expect(understand('any places Saturday morning in Huli?', ctx).intent).toBe('find_slots');
    expect(understand('put us on the waitlist for Sunday', ctx).intent).toBe('join_waitlist');
  });

  it('a complaint about the assistant or the staff stays a complaint; the menu is still the menu', () => {
    expect(understand('your bot is useless', ctx).intent).toBe('complaint');
    expect(understand('the staff were useless on Saturday', ctx).intent).toBe('complaint');
    expect(understand('what do you do?', ctx).intent).toBe('help');
  });
});
