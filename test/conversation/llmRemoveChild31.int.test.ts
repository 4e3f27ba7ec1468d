import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';
import { completion, fakeLlmEnv, startFakeOpenAi } from '../helpers/fakeOpenAi.ts';

let server: Awaited<ReturnType<typeof startFakeOpenAi>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the LLM agent and remove_child (issue 14)', () => {
  it('is offered remove_child, and its call shows Confirm / Keep without removing anything', async () => {
    server = await startFakeOpenAi([
      completion({ tool_calls: [{ name: 'remove_child', arguments: JSON.stringify({ childName: 'Leo' }) }] }),
      completion({ content: 'Shall I remove Leo? Please confirm below.' }),
    ]);
    const app = await createTestApp({
      brain: 'llm',
      knowledge: false,
      env: fakeLlmEnv(server.baseURL),
    });
    const userId = 31101;
    await app.booking.ensureParent({ parentId: userId });
    await app.booking.registerChild(userId, { name: 'Leo', birthDate: '2023-12-01' });
    await app.booking.registerChild(userId, { name: 'Mia', birthDate: '2025-02-14' });
    const out = await app.core.handleTurn({ userId, now: TEST_NOW, text: 'please remove Leo from my account' });
    expect(server.requests[0]!.body.tools.map((t: any) => t.function.name)).toContain('remove_child');
    expect(out.tools[0]).toMatchObject({ name: 'remove_child', ok: true });
    expect(out.buttons.flat().map((b) => b.text)).toEqual(['Confirm: remove Leo', 'Keep']);
    expect((await app.booking.listChildren(userId)).map((c) => c.name)).toEqual(['Leo', 'Mia']);
  });
});
