import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

const actions = (q: string) => {
  const u = understand(q, ctx);
  return [u.intent, ...(u.requests ?? []).map((r) => r.intent)].filter((i) =>
    ['find_slots', 'book', 'join_waitlist', 'cancel', 'complaint', 'register_child', 'human', 'switch_language', 'my_bookings'].includes(i),
  );
};

// Round 42 (pol42): service questions that read as a search, a booking, a registration, a person or a language switch.
describe('service questions are questions, not actions', () => {
  it.each([
    // the booking window asked beside places that are "gone"
    'whenever i check, the sunday morning slots are gone. how far ahead do bookings actually open?',
    // the weekly limit asked about two bookings
    '平日的绘本课和周末的半日托 可以same week都约吗 会不会占weekly limit',
    // a reminder asked about
    "will we get a reminder before the session? i'm terrible at remembering things",
    // the carers' language
    '老师都只讲普通话吗 我们家平时讲闽南话',
    // what registering needs
    '登记孩子要填什么 需不需要身份证号',
    // whether the carers phone, in its own clause
    '孩子在那边磕着了 老师会咋办 会打电话给我不',
  ])('%s → no action', (q) => {
    expect(actions(q)).toEqual([]);
  });

  it('a paperwork request the assistant cannot do is said plainly, not answered from a neighbouring page', () => {
    expect(understand('could you send me a letter saying she attends, my employer wants it', ctx).intent).toBe('out_of_scope');
    expect(understand('can you sign the form for my company', ctx).intent).toBe('out_of_scope');
  });

  it('passing a grievance on is a complaint, not a search for the place it names', () => {
    expect(understand('yes please report it, it was the one in jimei', ctx).intent).toBe('complaint');
    expect(understand('你帮我反映一下 是海沧那个点', ctx).intent).toBe('complaint');
  });

  it('asking for places, booking, switching language or complaining outright still acts', () => {
    expect(understand('周六上午湖里有位吗', ctx).intent).toBe('find_slots');
    expect(understand('帮我约周六上午湖里的半日托', ctx).intent).toBe('book');
    expect(understand('show me saturday morning places in huli', ctx).intent).toBe('find_slots');
    expect(understand('switch to English please', ctx).intent).toBe('switch_language');
    expect(understand('the carers were terrible today', ctx).intent).toBe('complaint');
    expect(understand('帮我登记孩子 小米 2024-05-01出生', ctx).intent).toBe('register_child');
  });
});
