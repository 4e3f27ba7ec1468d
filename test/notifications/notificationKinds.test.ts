import { describe, expect, it } from 'vitest';
import { createButtonCodec } from '../../src/conversation/buttonCodec.ts';
import { words } from '../../src/i18n/catalogue.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import { NOTIFICATION_KINDS } from '../../src/notifications/kinds/index.ts';
import type { RenderContext } from '../../src/notifications/kinds/defineKind.ts';
import type { SessionView } from '../../src/notifications/kinds/parts/sessions.ts';
import { quietHoursEnd } from '../../src/notifications/quietHours.ts';
import { SendRateLimiter } from '../../src/notifications/SendRateLimiter.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { simulatedSleep, TZ } from './fixtures.ts';

const codec = createButtonCodec('test-secret-123');
const USER = 424242;
const button = (action: Parameters<typeof codec.encode>[1], ...args: Array<string | number>) => codec.encode(USER, action, ...args);
const ctx = (locale: Locale, withButtons = true): RenderContext => ({ locale, w: words(locale), timeZone: TZ, button: withButtons ? button : undefined });
const K = NOTIFICATION_KINDS;

const session: SessionView = {
  sessionId: 7,
  startsAt: new Date('2026-11-28T01:00:00Z'), // Sat 09:00 Xiamen
  endsAt: new Date('2026-11-28T04:00:00Z'),
  kind: 'half_day',
  classTitle: null,
  pointName: { zh: '前埔社区爱邻护幼服务点', en: 'Qianpu Community Care Point' },
  address: { zh: '思明区前埔社区党群服务中心二楼', en: '2F, Qianpu Community Service Centre' },
  phone: '0592-5100101',
};

describe('notification kinds: one module each', () => {
  it('every kind declares its audience and a payload schema; the removed kinds are gone', () => {
    for (const [name, def] of Object.entries(K)) {
      expect(['parent', 'staff'], name).toContain(def.audience);
      expect(typeof def.payload.safeParse, name).toBe('function');
    }
    for (const removed of ['offer_taken', 'staff_reply', 'escalation_update']) expect(Object.keys(K)).not.toContain(removed);
    expect(K.escalation_announce.audience).toBe('staff');
    expect(K.escalation_follow_up.audience).toBe('staff');
    expect(K.booking_opens.audience).toBe('parent');
  });

  it('tells families what to bring for drop-off care and for a class, each its own list', () => {
    const care = K.reminder.render({ bookingId: 55, refCode: 'AB12CD', childName: '小明', session }, ctx('zh')).text;
    expect(care).toContain(words('zh').notifications.reminder.bringCare);
    expect(care).not.toContain(words('zh').notifications.reminder.bringClass);
    const classSession: SessionView = { ...session, kind: 'trial_class', classTitle: 'music_social' };
    const cls = K.reminder.render({ bookingId: 56, refCode: 'AB12CE', childName: 'Tom', session: classSession }, ctx('en')).text;
    expect(cls).toContain(words('en').notifications.reminder.bringClass.split(':')[0]!);
    expect(cls).toMatch(/non-slip socks/);
    expect(cls).not.toMatch(/nappies|diapers/i);
  });

  it('reminds in Chinese with the point, address, local time, what to bring and signed keep/cancel buttons', () => {
    const m = K.reminder.render({ bookingId: 55, refCode: 'AB12CD', childName: '小明', session }, ctx('zh'));
    expect(m.text).toContain('明天的预约提醒');
    expect(m.text).toContain('11月28日（周六） 09:00–12:00');
    expect(m.text).toContain('前埔社区爱邻护幼服务点');
    expect(m.text).toContain('思明区前埔社区党群服务中心二楼');
    expect(m.text).toContain('请带上');
    expect(m.text).toContain('<code>AB12CD</code>');
    const [keep, cancel] = m.buttons![0]!;
    expect(codec.decode(USER, keep!.data)).toEqual({ ok: true, button: { action: 'k', args: ['55'] } });
    expect(codec.decode(USER, cancel!.data)).toEqual({ ok: true, button: { action: 'c', args: ['55'] } });
    // Another user's press of the same button is refused.
    expect(codec.decode(USER + 1, keep!.data).ok).toBe(false);
  });

  it('speaks English to English families and escapes HTML in names', () => {
    const m = K.reminder.render({ bookingId: 55, refCode: 'AB12CD', childName: '<b>Tom</b> & co', session }, ctx('en'));
    expect(m.text).toContain('Reminder for tomorrow');
    expect(m.text).toContain('Sat 28 Nov 09:00–12:00');
    expect(m.text).toContain('&lt;b&gt;Tom&lt;/b&gt; &amp; co');
    expect(m.text).not.toContain('<b>Tom</b>');
    expect(m.buttons![0]!.map((b) => b.text)).toEqual(['✅ I’ll be there', '❌ Cancel booking']);
  });

  it('offers a waitlist place with the hold deadline in local time and take/decline buttons', () => {
    const m = K.waitlist_offer.render({ entryId: 9, childName: '小红', expiresAt: new Date('2026-11-25T02:30:00Z'), session }, ctx('zh'));
    expect(m.text).toContain('候补有名额了');
    expect(m.text).toContain('11月25日（周三） 10:30');
    const [take, no] = m.buttons![0]!;
    expect(codec.decode(USER, take!.data)).toMatchObject({ ok: true, button: { action: 'oa', args: ['9'] } });
    expect(codec.decode(USER, no!.data)).toMatchObject({ ok: true, button: { action: 'od', args: ['9'] } });
  });

  it('tells a closure with its reason and nearby alternatives, each with a book button', () => {
    const alt: SessionView = { ...session, sessionId: 8, pointName: { zh: '嘉莲服务点', en: 'Jialian Point' }, distanceKm: 2.1 };
    const zh = K.session_closed.render({ reason: 'typhoon', refCode: 'AB12CD', childName: null, waitlisted: false, session, alternatives: [alt] }, ctx('zh'));
    expect(zh.text).toContain('因台风');
    expect(zh.text).toContain('AB12CD');
    expect(zh.text).toContain('嘉莲服务点');
    expect(codec.decode(USER, zh.buttons![0]![0]!.data)).toMatchObject({ ok: true, button: { action: 'b', args: ['8'] } });
    const en = K.session_closed.render({ reason: '台风', childName: null, waitlisted: false, session, alternatives: [] }, ctx('en'));
    expect(en.text).toContain('Because of a typhoon');
    expect(en.text).toContain('no free places nearby');
  });

  it('tells a family booking has opened, with a book button (or the waitlist when it filled at once)', () => {
    const open = K.booking_opens.render({ session, opensAt: new Date('2026-11-21T16:00:00Z'), full: false }, ctx('zh'));
    expect(open.text).toContain('可以预约了');
    expect(open.text).toContain('11月22日（周日） 00:00');
    expect(codec.decode(USER, open.buttons![0]![0]!.data)).toMatchObject({ ok: true, button: { action: 'b', args: ['7'] } });
    const full = K.booking_opens.render({ session, opensAt: new Date('2026-11-21T16:00:00Z'), full: true }, ctx('en'));
    expect(full.text).toContain('already full');
    expect(codec.decode(USER, full.buttons![0]![0]!.data)).toMatchObject({ ok: true, button: { action: 'w', args: ['7'] } });
  });

  it('renders staff ticket messages with claim/resolve buttons (staff buttons, not signed parent buttons) and escapes the question', () => {
    const ticket = {
      escalationId: 3,
      reason: 'medical' as const,
      status: 'open' as const,
      question: 'fever <39>',
      parentName: 'Anna',
      parentLocale: 'en' as const,
      childAgeMonths: 14,
      claimedByName: null,
      openedAt: new Date('2026-11-25T01:00:00Z'),
      recentTurns: [],
      groupChatId: -100,
      groupMessageId: 77,
    };
    const m = K.escalation_announce.render({ ticket, heading: words('zh').staff.reannounced(45) }, ctx('zh', false));
    expect(m.text).toContain('🎫 #3');
    expect(m.text).toContain('45 分钟');
    expect(m.text).toContain('fever &lt;39&gt;');
    expect(m.buttons).toEqual([
      [
        { text: '🙋 认领 Claim', data: 'tc:3' },
        { text: '✅ 已解决 Resolve', data: 'tr:3' },
      ],
    ]);
    expect(m.replyToMessageId).toBe(77);
    const f = K.escalation_follow_up.render({ escalationId: 3, text: '[location]', urgent: true, replyTo: 77 }, ctx('zh', false));
    expect(f.text).toMatch(/^<b>🚨 紧急/);
    expect(f.text).toContain('家长发送了位置');
    expect(f.replyToMessageId).toBe(77);
  });
});

describe('quietHoursEnd', () => {
  const q = { start: '21:30', end: '08:00' };
  it('spans midnight', () => {
    expect(quietHoursEnd(new Date('2026-11-25T14:00:00Z'), q, TZ)).toEqual(new Date('2026-11-26T00:00:00Z')); // 22:00 → 08:00 next day
    expect(quietHoursEnd(new Date('2026-11-25T19:00:00Z'), q, TZ)).toEqual(new Date('2026-11-26T00:00:00Z')); // 03:00 → 08:00 same day
    expect(quietHoursEnd(new Date('2026-11-25T02:00:00Z'), q, TZ)).toBeNull(); // 10:00
    expect(quietHoursEnd(new Date('2026-11-25T13:29:00Z'), q, TZ)).toBeNull(); // 21:29
  });
  it('equal start and end means none', () => {
    expect(quietHoursEnd(new Date('2026-11-25T14:00:00Z'), { start: '00:00', end: '00:00' }, TZ)).toBeNull();
  });
});

describe('SendRateLimiter', () => {
  it('never lets more than the limit through in any one-second window (simulated time)', async () => {
    const clock = fixedClock('2026-11-25T02:00:00Z');
    const limiter = new SendRateLimiter(30, clock, simulatedSleep(clock));
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      await limiter.acquire();
      times.push(clock.now().getTime());
    }
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    // …and is not slower than it has to be: 200 sends at 30/s take about 6 s.
    expect(times.at(-1)! - times[0]!).toBeLessThanOrEqual(6000);
  });
  it('handles fractional rates and a 429 pause', async () => {
    const clock = fixedClock('2026-11-25T02:00:00Z');
    const limiter = new SendRateLimiter(0.5, clock, simulatedSleep(clock));
    await limiter.acquire();
    const t0 = clock.now().getTime();
    await limiter.acquire();
    expect(clock.now().getTime() - t0).toBe(2000);
    limiter.pauseUntil(new Date(clock.now().getTime() + 10_000));
    const t1 = clock.now().getTime();
    await limiter.acquire();
    expect(clock.now().getTime() - t1).toBe(10_000);
  });
});
