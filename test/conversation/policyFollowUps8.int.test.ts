import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Round 8 follow-ups: a follow-up with a topic of its own is not answered with the very section just given (the
 * cancel deadline again), but with its own section; one that names no topic of its own ("那八个月的呢") still asks the
 * same section again; one whose words find nothing at all ("what about once he turns one?") leans on the question before.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 68000;

async function say(userId: number, text: string): Promise<TurnOutput> {
  return app.core.handleTurn({ userId, now: TEST_NOW, text });
}
const docs = (out: TurnOutput) => out.citations.map((c) => c.docId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('a follow-up is not the section just given', () => {
  it('"and if I\'m late?" after the cancel deadline: not a no-show', async () => {
    const id = ++userSeq;
    await say(id, 'how late can I cancel?');
    const out = await say(id, "and if I'm late?");
    expect(out.reply).toMatch(/late cancel|not (?:\w+ )*a no-show/i);
  });

  it('"那八个月的呢" after the carer ratio: the ratio again, for babies', async () => {
    const id = ++userSeq;
    await say(id, '两岁的孩子一个老师带几个');
    const out = await say(id, '那八个月的呢');
    expect(docs(out)).toContain('policy-ratios-standards');
    expect(out.reply).toMatch(/1 ?[:：] ?3/);
  });

  it('"what about once he turns one?" after the carer ratio: the ratio, not an unrelated section', async () => {
    const id = ++userSeq;
    await say(id, 'My son is 10 months old. How many kids does each carer look after?');
    const out = await say(id, 'what about once he turns one?');
    expect(docs(out)).toContain('policy-ratios-standards');
    expect(out.reply).toMatch(/1 ?: ?5/);
  });
});

describe('how soon a complaint is answered', () => {
  it('is the complaint rule in working days, not the staff reply times', async () => {
    const out = await say(++userSeq, 'If I complain about a carer, how soon will someone get back to me?');
    expect(docs(out)).toContain('policy-contact-complaints');
    expect(out.reply).toMatch(/working day/i);
  });
});
