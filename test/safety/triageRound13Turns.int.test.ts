import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, firstLine, ticketsOf as ticketsOfApp } from '../helpers/testApp.ts';

/**
 * Round-13 triage through the conversation core: each answer carries the situation's own what-to-do, cited —
 * a sting on the lip (scrape, cool, a doctor now because the mouth can swell shut), a wheeze (named, calm and upright,
 * the breathing signs), a fever blamed on teething (not from teeth; the fever rules), drool rash (pat dry, a barrier,
 * when to see a doctor) and a night terror told without 'eyes open' (sleep, not a fainting episode).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 81300;

const chat = (userId: number) => chatAs(app, userId);
const ticketsOf = (userId: number) => ticketsOfApp(app, userId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('round 13 turns', () => {
  it('a bee sting on the lip: the sting first aid and a doctor now, why, no ticket; then drooling → 120', async () => {
    const user = ++userSeq;
    const say = chat(user);
    const out = await say('一岁九个月 下嘴唇被蜜蜂蛰了 肿得厉害');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/银行卡/);
    expect(out.reply).toMatch(/影响呼吸/);
    expect(out.reply).not.toMatch(/停止吃/);
    expect(citedDocs(out)).toContain('parenting-first-aid');
    expect(await ticketsOf(user)).toHaveLength(0);
    const worse = await say('现在一直流口水 咽不下去');
    expect(firstLine(worse)).toMatch(/120/);
    expect(await ticketsOf(user)).toContain('medical');
  });

  it('a wheeze told as 呼呼的声音 is a doctor today, named, with the breathing signs — not a booking question', async () => {
    const out = await chat(++userSeq)('孙子一岁 这两天呼吸老有呼呼的声音');
    expect(out.reply).toMatch(/今天/);
    expect(out.reply).toMatch(/喘息/);
    expect(out.reply).toMatch(/凹/);
    expect(citedDocs(out)).toContain('parenting-fever-illness');
  });

  it('a fever blamed on teething: not from teeth, the home care and the red signs, cited', async () => {
    const out = await chat(++userSeq)("she's teething and hit 38.6 this afternoon, 9 months old");
    expect(out.reply).toMatch(/Teething does not cause a fever/);
    expect(out.reply).toMatch(/light clothes/);
    expect(out.reply).toMatch(/glass/);
    expect(out.citations.map((c) => c.heading)).toContain("Fever and common illnesses > My teething baby's temperature is 38 °C or more — what do I do?");
  });

  it('drool rash with broken skin: the drool-rash answer, not a graze', async () => {
    const out = await chat(++userSeq)('口水疹 下巴红了一片 有点破皮了 怎么弄');
    expect(out.reply).toMatch(/凡士林/);
    expect(out.reply).toMatch(/看医生/);
    expect(out.reply).not.toMatch(/擦伤/);
  });

  it('a night terror told without "eyes open" is answered as sleep, no ticket', async () => {
    const user = ++userSeq;
    const out = await chat(user)('兒子兩歲 昨天半夜突然哭著坐起來 叫他抱他都沒反應 好像不認得我 幾分鐘後自己又睡了');
    expect(out.reply).toMatch(/夜驚/);
    expect(out.reply).not.toMatch(/昏過去/);
    expect(await ticketsOf(user)).toHaveLength(0);
  });
});
