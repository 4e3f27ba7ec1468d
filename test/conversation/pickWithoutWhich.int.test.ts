import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// "换另一个", "the other one please" with places on screen: a session is picked without saying which — the parent is asked
// which one, not told it is outside what the assistant does, and nothing is booked.
describe('a session picked from the list without saying which', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it.each([
    [9_500_001, '周六上午湖里有半日托吗', '换另一个', /哪一个|第几个/],
    [9_500_002, 'any half day places in Siming on Sunday morning?', 'the other one please', /which one/i],
  ])('%s: %s → %s', async (userId, first, second, asked) => {
    const say = chatAs(app, userId);
    const list = await say(first);
    expect(list.buttons.flat().length).toBeGreaterThan(1);
    const out = await say(second);
    expect(out.reply).toMatch(asked);
    expect(out.reply).not.toMatch(/范围|outside what/i);
    expect(out.tools.map((t) => t.name)).toEqual([]);
  });
});
