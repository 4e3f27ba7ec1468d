import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp, firstLine, ticketsOf as ticketsOfApp } from '../helpers/testApp.ts';

/**
 * Round-8 triage through the conversation core: the age rule said with 120, a follow-up that asks what next or an
 * amount again, a fever's day told in the next message, and a child hurt at a point with a day word in the message.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 78000;

const chat = (userId: number) => chatAs(app, userId);
const ticketsOf = (userId: number) => ticketsOfApp(app, userId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('round 8 turns', () => {
  it('a baby under 3 months with 38 °C: 120 first and why (the age rule)', async () => {
    const out = await chat(++userSeq)('my 6 week old has a temperature of 38.2, she is feeding ok');
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/3 months/);
  });

  it('"cooled it 20 minutes, what next?" after a face scald: cover, hospital', async () => {
    const say = chat(++userSeq);
    await say('寶寶被熱湯燙到臉 起水泡了');
    const out = await say('已經沖了二十分鐘了 接下來呢');
    expect(out.reply).toMatch(/保鮮膜/);
    expect(out.reply).toMatch(/醫院|急診/);
  });

  it('an amount asked again without the medicine named: still never a dose', async () => {
    const say = chat(++userSeq);
    await say('兒子發燒38.8 退燒藥可以給多少');
    const out = await say('那你直接跟我說幾cc就好');
    expect(out.reply).toMatch(/劑量/);
    expect(out.reply).not.toMatch(/\d+\s*(?:cc|毫升|ml)/i);
  });

  it("a fever told, then 'day 5 and still 39': a doctor today, no search", async () => {
    const say = chat(++userSeq);
    await say('my toddler has had a fever since Saturday');
    const out = await say("today is day 5 and it's still 39");
    expect(firstLine(out)).toMatch(/doctor today/i);
    expect(out.reply).toMatch(/5 days/);
    expect(out.reply).not.toMatch(/places left/);
  });

  it('a child hurt at a point, told with 今天 and 接回来: the injury and a complaint, no search', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('今天在服务点跟小朋友抢玩具被拉了一下胳膊 接回来手臂一直垂着不肯动 一碰就哭');
    expect(out.reply).toMatch(/医生/);
    expect(out.reply).not.toMatch(/余\d+个名额/);
    expect(await ticketsOf(userId)).toHaveLength(1);
  });

  it("a fever said to be gone, then 'still need to see doctor吗': the fever's home care and when to go, no 120, no ticket", async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('宝宝 last night 发烧 38.5 now 退了');
    const out = await say('still need to see doctor吗');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/doctor|医生/);
    expect(out.reply).not.toMatch(/breastfeed|母乳/i);
    expect(await ticketsOf(userId)).toHaveLength(0);
  });
});
