import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp, firstLine, ticketsOf as ticketsOfApp } from '../helpers/testApp.ts';

/**
 * Round-7 triage through the conversation core: an episode that is over, then
 * 'do we still need to go?' — answered about that episode (what to watch and
 * when to go), not 120 and not an unrelated knowledge answer.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 77000;

const chat = (userId: number) => chatAs(app, userId);
const ticketsOf = (userId: number) => ticketsOfApp(app, userId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('"do we still need to go?" after an episode that is over', () => {
  it('after a choke that is over (watch answer): still the choke over, no 120, no ticket', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say("He choked on a bit of apple earlier and coughed for ages but he's fine now, playing");
    const out = await say('do we still need to go to the doctor?');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/cough|breath/i);
    expect(await ticketsOf(userId)).toHaveLength(0);
  });

  it('after a fever gone overnight, child lively: the fever signs for a doctor, in Traditional', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('昨晚發燒到38.8 今天早上退了 精神也不錯');
    const out = await say('那還需要帶去看醫生嗎');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/醫生|就醫/);
    expect(out.reply).not.toMatch(/疫苗|接種/);
  });

  it('after a fit last week never seen: a doctor, not 120, no ticket', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    const first = await say('上周孩子发烧的时候抽了一次 一两分钟就停了 当时没去医院');
    expect(firstLine(first)).not.toMatch(/120/);
    const out = await say('现在不烧了 也挺好的 还要去看吗');
    expect(out.reply).toMatch(/医生/);
    expect(await ticketsOf(userId)).toHaveLength(0);
  });
});
