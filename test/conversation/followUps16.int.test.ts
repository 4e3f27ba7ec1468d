import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 16: follow-ups over the conversation core. A follow-up that names no topic, or only part of one, is answered
 * from the section of the topic just answered that its own words ask for; a message announcing a new question is
 * not pulled back to the old topic; a follow-up with a red sign still reaches triage first.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 96600;

const ask = (text: string, user: number): Promise<TurnOutput> => sayNow(app, user, text);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a follow-up is answered from the topic just answered', () => {
  it('"how long is it good for?" after storing breast milk: breast milk, not formula', async () => {
    const user = ++userSeq;
    await ask('how do I store expressed breast milk?', user);
    const out = await ask('how long is it good for?', user);
    expect(citedDocs(out)).toContain('parenting-breastfeeding');
    expect(out.reply).toMatch(/4 days|4 hours/);
  });

  it('"那送托的时候要怎么跟他说再见" after when separation anxiety starts: how to say goodbye', async () => {
    const user = ++userSeq;
    await ask('分离焦虑大概几岁开始', user);
    const out = await ask('那送托的时候要怎么跟他说再见', user);
    expect(citedDocs(out)).toContain('parenting-separation-anxiety');
    expect(out.reply).toMatch(/偷偷|溜走/);
  });
});

describe('a new question is not pulled back to the old topic', () => {
  it('"btw when should I start brushing her teeth?" after formula: brushing teeth', async () => {
    const user = ++userSeq;
    await ask('how do I make up a bottle of formula?', user);
    const out = await ask('btw when should I start brushing her teeth?', user);
    expect(citedDocs(out)).toContain('parenting-teething-oral-care');
    expect(citedDocs(out)).not.toContain('parenting-formula-feeding');
  });

  it('"另外 咳嗽可以去托育点吗" after a vaccine question: not the vaccination document', async () => {
    const user = ++userSeq;
    await ask('宝宝有点流鼻涕 可以打疫苗吗', user);
    const out = await ask('另外 咳嗽可以去托育点吗', user);
    expect(citedDocs(out)).not.toContain('parenting-vaccination');
    expect(out.reply).toMatch(/咳/);
  });
});

describe('a follow-up with a red sign', () => {
  it('"那如果他抽起来了呢" after a fever question: 120 first', async () => {
    const user = ++userSeq;
    await ask('宝宝发烧38度5 精神还可以', user);
    const out = await ask('那如果他抽起来了呢', user);
    expect(out.reply.slice(0, 80)).toMatch(/120/);
  });
});
