import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp } from '../helpers/testApp.ts';

/**
 * Reaching a person at night says that staff are off and when they are back (quiet hours 21:30–08:00 by default);
 * in the day it does not. A "when" about the child after a parenting answer is not a question about staff.
 * How far ahead booking is possible is answered from the booking window.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9700;

function chat(userId: number, start: string) {
  let now = new Date(start).getTime();
  return async (text: string): Promise<TurnOutput> => {
    now += 60_000;
    app.clock.set(new Date(now));
    return app.core.handleTurn({ userId, now: new Date(now), text });
  };
}

beforeAll(async () => {
  app = await createTestApp();
});

describe('staff hours', () => {
  it('at night a hand-over says staff are off and answer after 08:00 tomorrow; asking when again says it too, without a new ticket', async () => {
    const say = chat(++userSeq, '2026-11-25T23:20:00+08:00');
    const out = await say('转人工');
    expect(out.escalated).toBe(true);
    expect(out.reply).toMatch(/下班/);
    expect(out.reply).toMatch(/明天早上 08:00/);
    const again = await say('那明天大概几点能回我');
    expect(again.escalated).toBeFalsy();
    expect(again.reply).toMatch(/08:00/);
  });

  it('in English after midnight: off now, back after 08:00 this morning', async () => {
    const say = chat(++userSeq, '2026-11-26T01:10:00+08:00');
    await say('/language en');
    const out = await say('I need to speak with a staff member');
    expect(out.escalated).toBe(true);
    expect(out.reply).toMatch(/off for the night/);
    expect(out.reply).toMatch(/after 08:00 this morning/);
  });

  it('in the day a hand-over does not say staff are off', async () => {
    const say = chat(++userSeq, '2026-11-25T10:00:00+08:00');
    const out = await say('转人工');
    expect(out.escalated).toBe(true);
    expect(out.reply).not.toMatch(/下班/);
  });

  it("'and when do they usually switch to one?' after a nap answer is not answered as staff reply times", async () => {
    const say = chat(++userSeq, '2026-11-25T10:00:00+08:00');
    await say('/language en');
    await say('How many naps should a 10 month old take?');
    const out = await say('ok and when do they usually switch to one?');
    expect(out.escalated).toBeFalsy();
    expect(out.reply).not.toMatch(/How soon will staff reply|staff (?:will|usually) reply/i);
  });
});

describe('asking for a person', () => {
  it.each(['Can I get a call back from someone?', '可以幫我轉專員嗎', '有没有活人啊 说了半天你都听不懂', '我想和你们负责的人聊聊'])(
    '"%s" hands over to staff',
    async (text) => {
      const say = chat(++userSeq, '2026-11-25T10:00:00+08:00');
      const out = await say(text);
      expect(out.escalated).toBe(true);
    },
  );

  it('"你们晚上有人值班吗" is answered with when staff reply, without a ticket', async () => {
    const say = chat(++userSeq, '2026-11-25T10:00:00+08:00');
    const out = await say('你们晚上有人值班吗');
    expect(out.escalated).toBeFalsy();
    expect(out.reply).toMatch(/21:30|夜间|第二天|次日/);
  });
});

describe('booking window', () => {
  it('"可以提前三个礼拜约吗" says booking opens 14 days ahead and the last day open now', async () => {
    const say = chat(++userSeq, '2026-11-25T10:00:00+08:00');
    const out = await say('你们这个可以提前三个礼拜约吗 我想早点定下来');
    expect(out.reply).toMatch(/14天/);
    expect(out.reply).toMatch(/12月9日/);
    expect(out.reply).not.toMatch(/想约哪一天/);
  });
});

describe('children over 3', () => {
  it.each(['my son is 5, can he join?', 'our daughter just turned 4, is she too old?'])(
    '"%s" hears the service is for 0-3, with a person on offer',
    async (text) => {
      const say = chat(++userSeq, '2026-11-25T10:00:00+08:00');
      await say('/language en');
      const out = await say(text);
      expect(out.reply).toMatch(/0[–-]3|36 months/);
      expect(out.buttons.flat().length).toBeGreaterThan(0);
    },
  );

  it('"my son is 5, can he eat nuts?" is not an eligibility question', async () => {
    const say = chat(++userSeq, '2026-11-25T10:00:00+08:00');
    await say('/language en');
    const out = await say('my son is 5, can he eat nuts?');
    expect(out.reply).not.toMatch(/36 months/);
  });
});

describe('a waitlist place: its number and a way to leave, asked in words', () => {
  it('"我排第几" and "不排了 退出候补" show the waitlist place with its number and a leave button; no new waitlist entry', async () => {
    const userId = ++userSeq;
    await app.booking.ensureParent({ parentId: userId, displayName: 'waitlist test', language: 'zh' });
    await app.booking.recordConsent(userId);
    await app.booking.registerChild(userId, { name: '朵朵', birthDate: '2024-06-15' });
    const say = chat(userId, '2026-11-25T10:00:00+08:00');
    const full = await say('前埔这周六上午满了吗');
    const join = full.buttons.flat().find((b) => b.text.startsWith('候补'));
    expect(join).toBeDefined();
    await app.core.handleTurn({ userId, now: new Date('2026-11-25T10:01:30+08:00'), button: join!.data });
    const entries = async () => Number((await app.db.pool.query('SELECT count(*) AS n FROM waitlist_entries WHERE parent_id = $1', [userId])).rows[0].n);
    const before = await entries();
    expect(before).toBe(1);
    for (const text of ['我排第几', '不排了 退出候补']) {
      const out = await say(text);
      expect(out.reply).toMatch(/排第\d+位/);
      expect(out.buttons.flat().some((b) => b.text.startsWith('退出候补'))).toBe(true);
    }
    expect(await entries()).toBe(before);
  });
});
