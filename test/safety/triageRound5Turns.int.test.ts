import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { chatAs, createTestApp, firstLine, ticketsOf as ticketsOfApp } from '../helpers/testApp.ts';

/**
 * Round-5 triage through the conversation core: a baby under 3 months warm to
 * the touch with no reading, an injury at a point told by its signs, a red
 * sign at a point, and follow-up questions in Taiwan and expat wording that
 * are answered about the incident (not sent to the knowledge base).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 65000;

const chat = (userId: number) => chatAs(app, userId);
const ticketsOf = (userId: number) => ticketsOfApp(app, userId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('a baby under 3 months who feels hot', () => {
  it('with no reading: measure now, 38 °C or more is 120, a doctor today; no 120 first', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('宝宝九周 摸着后背热热的 还没量');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/量体温/);
    expect(out.reply).toMatch(/38°C/);
    expect(out.reply).toMatch(/今天/);
    expect(out.citations.some((c) => c.docId === 'parenting-fever-illness')).toBe(true);
  });

  it('then a reading of 38.4: 120 first', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('my 7 week old feels warm');
    const out = await say('just measured, 38.4 under the arm');
    expect(firstLine(out)).toMatch(/120/);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });
});

describe('an injury at a point told by its signs', () => {
  it('amber: a doctor today and a complaint ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('下午从托育点接回来 小腿肿了 走路一拐一拐的 老师也没说');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/今天/);
    expect(await ticketsOf(userId)).toEqual(['complaint']);
  });

  it('red: 120 first, and the point follow-up on the same urgent ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('the care point just called, my son went blue and is not responding');
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/point/i);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });
});

describe('follow-ups about the incident', () => {
  it.each([
    ['寶寶拉肚子兩天了 || 今天尿布只濕了兩片 嘴唇乾乾的 || 要不要掛急診', /今天|醫生/],
    ['she bumped her head on the table, cried straight away, playing now || is it ok to let her nap?', /sleep|nap|wake|vomit/i],
  ])('%s', async (conversation, expected) => {
    const userId = ++userSeq;
    const say = chat(userId);
    let out: TurnOutput | undefined;
    for (const text of conversation.split(' || ')) out = await say(text);
    expect(out?.reply).toMatch(expected);
    expect(out?.citations.some((c) => /parenting-first-aid|parenting-fever-illness/.test(c.docId ?? ''))).toBe(true);
  });
});
