import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp, firstLine, ticketsOf as ticketsOfApp } from '../helpers/testApp.ts';

/**
 * Round-6 triage through the conversation core: a choke answered with 120 or a
 * doctor today, then 'fine now, still go?' (what to watch, not 120 again); a
 * bare fall asked about; an irritant in the eye rinsed first; a sting, then
 * swelling with a wheeze (120 in the second message).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 66000;

const chat = (userId: number) => chatAs(app, userId);
const ticketsOf = (userId: number) => ticketsOfApp(app, userId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('a choke that is over', () => {
  it("'fine now, still go?' after a 120 answer: the cough and breathing signs to watch, not 120 again", async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    const first = await say('孩子吃爆米花呛住了');
    expect(firstLine(first)).toMatch(/120/);
    const out = await say('已经好了 在玩了 还需要去医院吗');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/咳|呼吸/);
  });

  it('in English after back blows worked: no 120 first, breathing signs', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('she choked on a piece of apple, I gave back blows and it came out');
    const out = await say("she's breathing normally now, do we still need to go in?");
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/cough|breath/i);
  });
});

describe('a bare fall and an eye irritant', () => {
  it('a fall with nothing else: how is the child now, no 120 first, no ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('孫子剛剛跌倒了');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/現在/);
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it('shampoo in the eye: rinse first, an eye doctor today, cited', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('shampoo got in his eyes at bath time and he is screaming');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(firstLine(out)).toMatch(/rinse/i);
    expect(out.reply).toMatch(/today/);
    expect(out.citations.some((c) => c.docId === 'parenting-first-aid')).toBe(true);
  });
});

describe('a sting, then swelling with a wheeze', () => {
  it('120 first in the second message, a medical ticket', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('孩子手上被虫子叮了一个包');
    const out = await say('现在脸也肿了 呼吸有点喘');
    expect(firstLine(out)).toMatch(/120/);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });
});

describe('a nosebleed going on now', () => {
  it('opens with what to do now, not "your child sounds all right"', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('我女儿鼻子一直在流血 流了一大摊');
    expect(firstLine(out)).not.toMatch(/120|还好/);
    expect(out.reply).toMatch(/捏/);
  });
});
