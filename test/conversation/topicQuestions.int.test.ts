import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * A question whose topic is a cancellation, the staff, a complaint or a booking is answered as a question:
 * nothing is cancelled, searched, booked, registered or handed to staff.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9400;

beforeAll(async () => {
  app = await createTestApp();
}, 120_000);

const ACTS = ['cancel_booking', 'search_slots', 'book_session', 'register_child', 'escalate_to_staff', 'join_waitlist', 'list_bookings'];

async function ask(text: string) {
  const userId = ++userSeq;
  app.clock.set(new Date(TEST_NOW.getTime() + 60_000));
  return app.core.handleTurn({ userId, now: new Date(TEST_NOW.getTime() + 60_000), text });
}

describe('questions about a request are answered, not acted on', () => {
  it.each([
    "What's the cut-off for cancelling a session?",
    'typhoon 的话 session 会 cancel 吗',
    '取消以后能不能马上再约别的',
    'Do staff take photos of the kids?',
    '工作人员几点下班',
    '如果我投訴的話 大概多久會有回覆',
    'If I make a complaint, when will I hear back?',
    '我能不能不用真名登记孩子',
    '暂停期间能排候补吗',
  ])('%s', async (text) => {
    const out = await ask(text);
    expect(out.tools.map((t) => t.name).filter((n) => ACTS.includes(n))).toEqual([]);
    expect(out.escalated).toBe(false);
    expect(out.reply.length).toBeGreaterThan(20);
  });
});

describe('a child hurt at a point', () => {
  it('is a complaint with its safety answer and no search for places', async () => {
    const out = await ask('我孩子在前埔摔了头 你们怎么看的孩子');
    const names = out.tools.map((t) => t.name);
    expect(names).toContain('escalate_to_staff');
    expect(names).not.toContain('search_slots');
    expect(out.reply).not.toMatch(/空位|名额|场次/);
  });
});

describe('the age rule for a child over 3', () => {
  it.each([
    ['我家孩子4岁了 能去吗', /来源：《谁可以使用/],
    ['my son is 4, any places Saturday morning?', /Source: Who can use/],
  ])('%s cites the eligibility document', async (text, source) => {
    const out = await ask(text);
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(out.citations.map((c) => c.docId)).toContain('service-eligibility');
    expect(out.reply).toMatch(source);
  });
});
