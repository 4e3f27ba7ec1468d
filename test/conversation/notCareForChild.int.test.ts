import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * A question that is not about care for the parent's own child (a job at the service, a parent at the end of their
 * tether) is answered: no search, and no "which day?" prompt for a day read in it.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9700;

beforeAll(async () => {
  app = await createTestApp();
}, 120_000);

async function ask(text: string) {
  const userId = ++userSeq;
  app.clock.set(new Date(TEST_NOW.getTime() + 60_000));
  return app.core.handleTurn({ userId, now: new Date(TEST_NOW.getTime() + 60_000), text });
}

describe('not about care for the child: no search, no day prompt', () => {
  it.each(['服务点招不招保育员', "I'm so 崩溃 today 一个人带娃", '周六又是我一个人带娃 快崩溃了', 'so overwhelmed this weekend, alone with the baby'])(
    '%s',
    async (text) => {
      const out = await ask(text);
      expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
      expect(out.reply).not.toMatch(/想约哪一天|Which day would you like/);
      expect(out.reply.length).toBeGreaterThan(20);
    },
  );
});
