import { describe, expect, it } from 'vitest';
import { RULE_QUESTIONS } from '../../src/nlu/ruleQuestions.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 53, pol53: service and policy questions on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };
const intentOf = (text: string) => understand(text, ctx).intent;

describe('how long one has to confirm once one’s waitlist turn comes asks the hold', () => {
  it.each(['那排到我了 我得在多长时间里确认', '轮到我们了要几分钟内回复', '排到了要几分钟内confirm'])('%s', (text) => {
    expect(RULE_QUESTIONS.waitlistHold.test(text)).toBe(true);
  });
});

describe('questions that carry a booking word are questions', () => {
  it.each([
    // A session the point may call off: how the family hears of it, not a cancel request.
    ["how would we even hear about it if it's cancelled", 'knowledge'],
    // How the waitlist works, asked — not a waitlist request.
    ["what's the waitlist like?", 'knowledge'],
    // A full session told before a spaced dash, then the question: the question is the request.
    ["sunday morning is full - what's the waitlist like?", 'knowledge'],
    // The weekdays against the weekend: the week's services, not a weekend booking.
    ['weekday也能book吗 还是只有weekend', 'knowledge'],
    ['工作日也能预约吗 还是只有周末', 'knowledge'],
    // More points asked, with a district named: when new points open, not that district's places.
    ['今年會再多開一些點嗎 翔安這邊太少了', 'knowledge'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('requests stay requests: a cancel, a waitlist place, both weekend days with a dash', () => {
    expect(intentOf('please cancel my sunday booking')).toBe('cancel');
    expect(intentOf('put us on the waitlist for sunday morning')).toBe('join_waitlist');
    const u = understand('saturday - sunday huli', ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-29' });
  });
});
