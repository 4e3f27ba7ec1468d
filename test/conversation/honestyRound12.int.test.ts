import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, ticketsOf } from '../helpers/testApp.ts';

/**
 * Round 12 of honest availability and reaching a person: a walk-in asked of a working day hears that care is at
 * weekends and sees that day's trial classes; whether points open over a holiday is the holiday rule, not the usual
 * session times; collecting early from a named session is a question, not a search; a complaint told without the
 * word opens a complaint ticket. "Now" is Wednesday 2026-11-25 10:00 in Xiamen.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 12_400;

beforeAll(async () => {
  app = await createTestApp();
});

const searched = (out: { tools: Array<{ name: string }> }) => out.tools.some((t) => t.name === 'search_slots');

describe('honest availability and reaching a person, round 12', () => {
  it.each([
    ['明天可以直接带孩子过去吗 不预约的那种', /周末/],
    ['can we just walk in tomorrow without booking?', /weekend/i],
  ])('%s: a working day, said plainly with its trial classes', async (text, weekend) => {
    const out = await chatAs(app, ++userSeq)(text);
    expect(out.reply).toMatch(weekend);
    expect(out.reply).toMatch(/体验|trial/i);
  });

  it.each([
    ['春节期间你们托育点开门吗 初三初四想送过去', /节假日/],
    ['Are the points open over Chinese New Year?', /holiday/i],
  ])('%s: the holiday rule, cited, not the session times', async (text, holiday) => {
    const out = await chatAs(app, ++userSeq)(text);
    expect(citedDocs(out)).toContain('service-faq');
    expect(out.reply).toMatch(holiday);
    expect(searched(out)).toBe(false);
  });

  it.each([
    ['要是约了周六上午的半日托 能不能只托两个小时就提前接走', /临时托.{0,10}2小时/],
    ['if I book Saturday morning, can I pick her up after two hours?', /temporary care.{0,30}2 hours/i],
  ])('%s: how long sessions run (temporary care is about 2 hours), not a search nor who may collect', async (text, length) => {
    const out = await chatAs(app, ++userSeq)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(length);
  });

  it('a complaint told without the word opens a complaint ticket, no search', async () => {
    const userId = ++userSeq;
    const out = await chatAs(app, userId)('禮拜六去五緣灣接小孩 問老師他今天有沒有喝水 老師支支吾吾說不出來 這樣我怎麼放心');
    expect(await ticketsOf(app, userId)).toEqual(['complaint']);
    expect(searched(out)).toBe(false);
  });

  it.each([
    ['我家孩子两岁十一个月了 下个月还能约吗 会不会超龄', /0—3岁|36个月/],
    ['Mia turns 3 next week - can she still come on Saturday 12 December?', /0 to 3|36 months/],
  ])('%s: the age rule (0-36 months, on the session date), cited', async (text, rule) => {
    const out = await chatAs(app, ++userSeq)(text);
    expect(citedDocs(out)).toContain('service-eligibility');
    expect(out.reply).toMatch(rule);
  });
});
