import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * A rule asked about one session ("这周六下午的临时托 爷爷去接可以吗") is looked up by the rule alone, but the parent's own
 * words stay the question: no search for places, and a follow-up leans on what the parent wrote, not on the
 * rewritten lookup.
 */
let app: App & { clock: { set(d: Date): void } };
const userId = 9811;

beforeAll(async () => {
  app = await createTestApp();
}, 120_000);

async function ask(text: string) {
  app.clock.set(new Date(TEST_NOW.getTime() + 60_000));
  return app.core.handleTurn({ userId, now: new Date(TEST_NOW.getTime() + 60_000), text });
}

const queries = (out: { tools: { name: string; args?: unknown }[] }) =>
  out.tools.filter((t) => t.name === 'search_knowledge').map((t) => String((t.args as { query?: string } | undefined)?.query ?? ''));

describe('a session-setting question keeps the parent words', () => {
  it('looks up the pickup rule without the session, then a follow-up leans on the words the parent wrote', async () => {
    const said = '这周六下午的临时托 到时候爷爷去接可以吗';
    const first = await ask(said);
    expect(first.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(queries(first)[0]).not.toMatch(/周六|临时托/);
    expect(first.citations.map((c) => c.docId).join(' ')).toMatch(/policy-pickup-safety|service-faq/);
    const next = await ask('那奶奶去接呢');
    expect(next.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(queries(next).some((q) => q.startsWith(said))).toBe(true);
  });
});
