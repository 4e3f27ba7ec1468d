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
});
