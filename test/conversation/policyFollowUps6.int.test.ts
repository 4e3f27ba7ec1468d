import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Round 6 service and policy answers: a follow-up that points back ("that", "这个") or names no topic of its own
 * stays in the document the question before was answered from; Taiwan's 流鼻水 is a runny nose; the booking
 * window and the ages a child may come are cited; "the latest I can book" is when booking closes, not the window.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 66000;

async function say(userId: number, text: string): Promise<TurnOutput> {
  return app.core.handleTurn({ userId, now: TEST_NOW, text });
}
const ask = (text: string) => say(++userSeq, text);
const docs = (out: TurnOutput) => out.citations.map((c) => c.docId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('a follow-up stays in the topic before it', () => {
  it('"what happens if I miss that?" after a waitlist question: the offer lapses, not the no-show rule', async () => {
    const id = ++userSeq;
    await say(id, 'how long will a waitlist place be held for me?');
    const out = await say(id, 'what happens if I miss that?');
    expect(docs(out)).toContain('service-waitlist');
    expect(out.reply).toMatch(/next family|lapse/i);
  });

  it('"那37.4度呢" after the drop-off temperature check: still the drop-off check', async () => {
    const id = ++userSeq;
    await say(id, '送托的时候会量体温吗');
    const out = await say(id, '那37.4度呢');
    expect(docs(out)).toContain('policy-health-check');
  });

  it('"那只是有點流鼻水呢" after a question about sick children: the stay-home rule, not "not covered"', async () => {
    const id = ++userSeq;
    await say(id, '孩子生病了還能送托嗎');
    const out = await say(id, '那只是有點流鼻水呢');
    expect(docs(out)).toContain('policy-health-check');
    expect(out.reply).not.toMatch(/沒有直接回答/);
  });
});

describe('rule answers from the configuration are cited', () => {
  it('"可以提前几天约？": the 14-day window, cited', async () => {
    const out = await ask('可以提前几天约？');
    expect(out.reply).toMatch(/14天/);
    expect(docs(out)).toContain('service-how-to-book');
  });

  it('"what is the latest I can book before a session starts?": when booking closes, not the window', async () => {
    const out = await ask("what's the latest I can book, how long before it starts?");
    expect(out.reply).toMatch(/60 minutes|1 hour|one hour/i);
    expect(out.reply).not.toMatch(/up to (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/);
  });
});
