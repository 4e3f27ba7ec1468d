import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Round 9 (policy9): the fact a parent needs is in the first answer (what to do when late, the under-18 pickup rule,
 * whether a morning and an afternoon count against the weekly limit), a follow-up that leans on the question before
 * ("那如果我just没去呢") gets the rule it asks, a question with a day is answered rather than searched, and what the
 * materials do not cover (a school bus, an AED) is said plainly with a person offered.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 69000;

async function say(userId: number, text: string): Promise<TurnOutput> {
  return app.core.handleTurn({ userId, now: TEST_NOW, text });
}
const docs = (out: TurnOutput) => out.citations.map((c) => c.docId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('the fact in the first answer', () => {
  it('late for a session: not a no-show, and phone the point', async () => {
    const id = ++userSeq;
    await say(id, '约了没去会怎么样 会被拉黑吗');
    const out = await say(id, '那迟到半小时算不算没去');
    expect(out.reply).toMatch(/不算/);
    expect(out.reply).toMatch(/打电话/);
  });

  it('someone else collecting, told with the day: the pickup rule, no search', async () => {
    const out = await say(++userSeq, '我周六上班 送孩子过去后能让别人帮忙接吗');
    expect(out.tools.some((c) => c.name === 'search_slots')).toBe(false);
    expect(docs(out)).toContain('policy-pickup-safety');
    expect(out.reply).toMatch(/身份证件/);
  });

  it('a 16-year-old cousin collecting: under 18 cannot', async () => {
    const id = ++userSeq;
    await say(id, '谁可以来接孩子');
    const out = await say(id, '那如果是他表哥来接呢 才16岁');
    expect(out.reply).toMatch(/18/);
  });

  it('"那如果我just没去呢" after the cancel deadline: the no-show rule from the booking rules', async () => {
    const id = ++userSeq;
    await say(id, 'cancel deadline是多久 我周日morning有booking');
    const out = await say(id, '那如果我just没去呢');
    expect(out.reply).toMatch(/3 ?次/);
    expect(out.reply).toMatch(/14 ?天/);
  });
});

describe('what the materials do not cover', () => {
  it('a school bus: no information, the point or a person', async () => {
    const out = await say(++userSeq, '服务点有没有校车可以接送孩子的');
    expect(out.reply).toMatch(/没有/);
    expect(out.reply).toMatch(/转人工|服务点电话/);
  });

  it('an AED (Traditional): no information, the point or a person; no search', async () => {
    const out = await say(++userSeq, '請問服務點有沒有AED');
    expect(out.reply).toMatch(/沒有/);
    expect(out.reply).toMatch(/轉人工|服務點/);
  });
});
