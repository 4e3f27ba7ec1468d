import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 34 policy follow-ups: an age said only as older ("那大一点的呢") after the carer ratio, and a district alone
 * ("那海沧呢", "and in Haicang?") after when new points open, are answered from the section just quoted — the district
 * named — not by a search or a "not covered" line.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 734000;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('a follow-up that changes only the age or the district', () => {
  it('"那大一点的呢" after the carer ratio gives the older group\'s ratio', async () => {
    const id = ++userSeq;
    await say(id, '一岁半的孩子 一个老师要看几个娃');
    const out = await say(id, '那大一点的呢');
    expect(citedDocs(out)).toContain('policy-ratios-standards');
    expect(out.reply).toMatch(/1:7/);
  });

  it('"那海沧呢" after when new points open names Haicang and answers the same', async () => {
    const id = ++userSeq;
    await say(id, '翔安这边太远了 附近什么时候会开新的点啊');
    const out = await say(id, '那海沧呢');
    expect(citedDocs(out)).toContain('service-overview');
    expect(out.reply).toMatch(/海沧/);
    expect(out.reply).not.toMatch(/空位|余\d+个名额/);
  });

  it('"and in Haicang?" after when new points open, in English', async () => {
    const id = ++userSeq;
    await say(id, "Are any new points opening near us soon? We're out in Tong'an");
    const out = await say(id, 'and in Haicang?');
    expect(citedDocs(out)).toContain('service-overview');
    expect(out.reply).toMatch(/Haicang/);
  });
});
