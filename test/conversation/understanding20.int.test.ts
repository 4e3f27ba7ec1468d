import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/** Round 20: what the parent wants, served (outside set round 20, probes und20). */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 20950;

beforeAll(async () => {
  app = await createTestApp();
}, 120_000);

const searched = (o: { tools: Array<{ name: string; args?: unknown }> }) => o.tools.filter((t) => t.name === 'search_slots');

describe('how long milk keeps, asked with the day the parent goes back to work', () => {
  it.each([
    '午休抽空问一下 下周一正式返岗了 打算背奶 吸出来的母乳放公司冰箱能放多久啊 带回家还要冻起来吗',
    "Back at work on Monday and I'll be pumping. How long can the expressed milk stay in the office fridge? Can I leave it out on my desk for a bit?",
  ])('%s is the storage answer, no search', async (text) => {
    const o = await chatAs(app, ++userSeq)(text);
    expect(searched(o)).toEqual([]);
    expect(o.reply).toMatch(/冷藏|冰箱|fridge|refrigerat/i);
  });
});

describe('a run-on message with a search and a question about the child', () => {
  it('"…这周六集美有没有临时托还有宝宝一岁…便秘…怎么办": the search, and the constipation answer after it', async () => {
    const o = await chatAs(app, ++userSeq)('帮我查一下这周六集美有没有临时托还有宝宝一岁最近老是便秘两三天才拉一次拉得很费劲怎么办');
    expect(searched(o).length).toBeGreaterThan(0);
    expect(JSON.stringify(searched(o)[0]!.args)).toMatch(/jimei/);
    expect(o.reply).toMatch(/便秘/);
  });
});

describe('a correction of the day keeps the rest of the search', () => {
  it('"sorry I meant sunday not saturday" after Huli half-day Saturday morning searches Huli half-day on Sunday', async () => {
    const say = chatAs(app, ++userSeq);
    const first = await say('any free half-day care this saturday morning in huli? my son is 20 months');
    expect(JSON.stringify(searched(first)[0]?.args)).toMatch(/"district":"huli"/);
    const o = await say('sorry I meant sunday not saturday');
    const args = JSON.stringify(searched(o)[0]?.args);
    expect(args).toMatch(/"from":"2026-11-29"/);
    expect(args).toMatch(/"district":"huli"/);
    expect(args).toMatch(/"kind":"half_day"/);
  });
});

describe('a brother named with his title, asked along', () => {
  it('"那哥哥小安呢 他也可以一起去嗎" answers for 小安', async () => {
    const say = chatAs(app, ++userSeq);
    await say('幫我登記 小安 2024年5月10日 小寧 2026年3月1日');
    await say('幫小寧查一下這週日海滄的臨時托');
    const o = await say('那哥哥小安呢 他也可以一起去嗎');
    expect(o.reply).toMatch(/小安/);
  });
});
