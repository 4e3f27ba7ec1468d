import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/** Several children registered in a message that also asks for places: both are done, neither is dropped. */
let app: App;
let userSeq = 91000;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('registering several children and searching in one message', () => {
  it('registers Leo and Mia and lists Sunday in Huli', async () => {
    const out = await app.core.handleTurn({
      userId: ++userSeq,
      now: TEST_NOW,
      text: 'I have two kids, Leo born 2024-03-02 and Mia born 2025-06-10. Any spots Sunday in Huli?',
    });
    expect(out.reply).toMatch(/Registered: Leo/);
    expect(out.reply).toMatch(/Registered: Mia/);
    const search = out.tools.find((t) => t.name === 'search_slots');
    expect(search?.args).toMatchObject({ district: 'huli', from: '2026-11-29', to: '2026-11-29' });
  });

  it('registering two children with nothing else asked runs no search', async () => {
    const out = await app.core.handleTurn({ userId: ++userSeq, now: TEST_NOW, text: '大宝朵朵2024-01-20 二宝果果2024-11-11 都登记一下' });
    expect(out.reply).toMatch(/已登记：朵朵/);
    expect(out.reply).toMatch(/已登记：果果/);
    expect(out.tools.some((t) => t.name === 'search_slots')).toBe(false);
  });

  it('a child registered after places were listed sees the same places again, for that child, with Book buttons', async () => {
    const userId = ++userSeq;
    await app.core.handleTurn({ userId, now: TEST_NOW, text: '我想幫女兒預約禮拜天下午的臨時托 湖里' });
    const out = await app.core.handleTurn({ userId, now: TEST_NOW, text: '她叫小雨 2024年9月1日生' });
    expect(out.reply).toMatch(/已登記：小雨/);
    const search = out.tools.find((t) => t.name === 'search_slots');
    expect(search?.args).toMatchObject({ district: 'huli', from: '2026-11-29', partOfDay: 'afternoon', kind: 'temporary_care' });
    expect((search?.args as { childId?: number } | undefined)?.childId).toBeGreaterThan(0);
    expect(out.buttons.flat().some((b) => /預約/.test(b.text))).toBe(true);
  });

  it('a child registered with no places listed before gets the find-places button only', async () => {
    const out = await app.core.handleTurn({ userId: ++userSeq, now: TEST_NOW, text: '宝宝叫乐乐 2024-03-05' });
    expect(out.reply).toMatch(/已登记：乐乐/);
    expect(out.tools.some((t) => t.name === 'search_slots')).toBe(false);
  });
});
