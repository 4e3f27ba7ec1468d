import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 19 (left19): places outside the service said naturally, with the nearest district's points when care is asked
 * for there; the child told about after an answer is a follow-up on it; a follow-up answered from the section just
 * quoted hears the part it asks for, not the section again.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 99100;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('places outside the service', () => {
  it('care near the ferry: no capitalised keyword pasted in; the Siming points near the terminal', async () => {
    const out = await sayNow(app, ++userSeq, 'is there childcare near the ferry?');
    expect(out.reply).not.toMatch(/Ferry/);
    expect(out.reply).toMatch(/no care point at the ferry terminal/);
    expect(out.reply).toMatch(/Siming/);
  });
  it('care on Gulangyu asked in Chinese: none there, the Siming points listed', async () => {
    const out = await sayNow(app, ++userSeq, '带宝宝去鼓浪屿 那边有托育点吗');
    expect(out.reply).toMatch(/鼓浪屿没有爱邻护幼服务点/);
    expect(out.reply).toMatch(/思明区/);
    expect(out.reply).not.toMatch(/海沧区/);
  });
  it('ferry times: outside the service, said as the ferry', async () => {
    const out = await sayNow(app, ++userSeq, 'what time is the last ferry back from Gulangyu?');
    expect(out.reply).toMatch(/^Questions about ferry tickets or timetables are outside/);
    expect(citedDocs(out)).toEqual([]);
  });
});

describe('follow-ups', () => {
  it('a statement about the child after picky eating stays with picky eating', async () => {
    const say = chatAs(app, ++userSeq);
    await say('寶寶一歲半很挑食怎麼辦');
    const out = await say('他只吃白飯跟麵條');
    expect(citedDocs(out)).toContain('parenting-behaviour-social');
    expect(out.reply).toMatch(/挑食/);
  });
  it('"那晚上呢" after naps does not repeat the naps section whole', async () => {
    const say = chatAs(app, ++userSeq);
    const first = await say('一岁宝宝白天睡几觉');
    const out = await say('那晚上呢');
    expect(out.reply).not.toMatch(/几个月大的小婴儿一天可能睡3/);
    expect(out.reply.length).toBeLessThan(first.reply.length);
  });
});
