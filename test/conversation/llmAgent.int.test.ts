import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';
import { completion, fakeLlmEnv, startFakeOpenAi } from '../helpers/fakeOpenAi.ts';

let server: Awaited<ReturnType<typeof startFakeOpenAi>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function appWith(script: Parameters<typeof startFakeOpenAi>[0], env: Record<string, string> = {}) {
  server = await startFakeOpenAi(script);
  return createTestApp({
    brain: 'llm',
    knowledge: false,
    env: fakeLlmEnv(server.baseURL, env),
  });
}

describe('LLM agent against a fake OpenAI-compatible server', () => {
  it('runs the tool the model asks for and answers with its words and booking buttons', async () => {
    const app = await appWith([
      completion({
        tool_calls: [{ name: 'search_slots', arguments: JSON.stringify({ from: '2026-11-28', to: '2026-11-28', partOfDay: 'morning', district: 'huli' }) }],
      }),
      completion({ content: '本周六上午湖里有这些空位，想约哪个？' }),
    ]);
    const out = await app.core.handleTurn({ userId: 4101, now: TEST_NOW, text: '周六上午湖里有位置吗' });
    expect(out.reply).toBe('本周六上午湖里有这些空位，想约哪个？');
    expect(out.tools[0]).toMatchObject({ name: 'search_slots', ok: true });
    expect(out.buttons.flat().length).toBeGreaterThan(0);

    const [first, second] = server!.requests;
    expect(first!.path).toBe('/v1/chat/completions');
    expect(first!.body.model).toBe('fake-model');
    expect(first!.body.messages[0].role).toBe('system');
    expect(first!.body.messages[0].content).toContain('2026-11-25');
    expect(first!.body.tools.map((t: any) => t.function.name)).toEqual(
      expect.arrayContaining([
        'search_slots',
        'book_session',
        'cancel_booking',
        'list_bookings',
        'join_waitlist',
        'register_child',
        'search_knowledge',
        'escalate_to_staff',
      ]),
    );
    const toolMsg = second!.body.messages.find((m: any) => m.role === 'tool');
    expect(JSON.parse(toolMsg.content).results.length).toBeGreaterThan(0);
  });

  it('returns invalid arguments and unknown tools to the model as tool messages', async () => {
    const app = await appWith([
      completion({
        tool_calls: [
          { name: 'search_slots', arguments: JSON.stringify({ from: 'tomorrow', to: 5 }) },
          { name: 'delete_everything', arguments: '{}' },
          { name: 'list_bookings', arguments: '{not json' },
        ],
      }),
      completion({ content: 'Which day would you like?' }),
    ]);
    const out = await app.core.handleTurn({ userId: 4102, now: TEST_NOW, text: 'find me a place' });
    expect(out.reply).toBe('Which day would you like?');
    expect(out.tools.map((t) => [t.name, t.ok, t.error?.code])).toEqual([
      ['search_slots', false, 'INVALID_INPUT'],
      ['delete_everything', false, 'UNKNOWN_TOOL'],
      ['list_bookings', false, 'INVALID_JSON'],
    ]);
    const toolMessages = server!.requests[1]!.body.messages.filter((m: any) => m.role === 'tool');
    expect(toolMessages).toHaveLength(3);
    expect(toolMessages[1].content).toContain('UNKNOWN_TOOL');
  });

  it('takes the parent identity from the transport, not from arguments', async () => {
    const app = await appWith([
      completion({ tool_calls: [{ name: 'list_bookings', arguments: JSON.stringify({ parentId: 800001 }) }] }),
      completion({ content: 'You have no bookings.' }),
    ]);
    const out = await app.core.handleTurn({ userId: 4103, now: TEST_NOW, text: 'show my bookings please' });
    const result = out.tools[0]!.result as { upcoming: unknown[] };
    expect(result.upcoming).toEqual([]);
  });

  it('retries a 429 and then answers', async () => {
    const app = await appWith([
      { status: 429, body: { error: { message: 'rate limited' } }, headers: { 'retry-after-ms': '10' } },
      completion({ content: 'Hello! How can I help?' }),
    ]);
    const out = await app.core.handleTurn({ userId: 4104, now: TEST_NOW, text: 'hello there, what can you do' });
    expect(out.reply).toBe('Hello! How can I help?');
    expect(server!.requests).toHaveLength(2);
  });

  it.each([
    [
      'a 500 error',
      [
        { status: 500, body: { error: { message: 'boom' } } },
        { status: 500, body: { error: { message: 'boom' } } },
      ],
    ],
    ['a timeout', [{ hang: true as const }, { hang: true as const }]],
  ])('falls back to the offline agent after %s', async (_name, script) => {
    const app = await appWith(script as never);
    const out = await app.core.handleTurn({ userId: 4105, now: TEST_NOW, text: '这周六上午湖里有位置吗' });
    expect(out.tools.map((t) => t.name)).toContain('search_slots');
    expect(out.reply).toContain('湖里');
  });
});
