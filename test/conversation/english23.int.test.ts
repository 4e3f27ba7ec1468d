import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 23 (cov23e): English follow-ups that lost their topic, a question after a session told full, a mixed
 * question about nuts in the point's snacks, and the languages a family speaks named in English. Worded apart from
 * the probe file (cov23e.jsonl).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 99230;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('English follow-ups stay with their topic', () => {
  it('"and at night?" after when to start potty training: night-time dryness', async () => {
    const say = chatAs(app, ++userSeq);
    await say('my 2 year old seems ready for the potty, when should we begin?');
    const out = await say('and what about nights? his nappy is still soaked every morning');
    expect(citedDocs(out)[0]).toBe('parenting-toilet-learning');
    expect(out.reply).toMatch(/Night-time dryness usually comes much later/);
  });
  it('a grandparent without a smartphone after a nanny collecting: still allowed, named in advance', async () => {
    const say = chatAs(app, ++userSeq);
    await say('can our helper collect my daughter after the session?');
    const out = await say('and her grandma? she has no smartphone');
    expect(citedDocs(out).some((d) => /^(service|policy)-/.test(d ?? ''))).toBe(true);
    expect(out.reply).toMatch(/name|ID/);
  });
  it('a question after a session told full is answered, with no search', async () => {
    const out = await sayNow(app, ++userSeq, 'Sunday morning in Siming is full. How does the waiting list work?');
    expect(out.tools.map((c) => c.name)).not.toContain('search_slots');
    expect(citedDocs(out)).toContain('service-waitlist');
  });
});

describe('mixed and English questions find their own topic', () => {
  it('nuts in the point’s snacks, asked in mixed words: the allergy rule at the point', async () => {
    const out = await sayNow(app, ++userSeq, '儿子对坚果过敏 你们的snack会不会有nuts');
    expect(citedDocs(out)).toContain('service-what-to-bring');
  });
  it('the languages a family speaks, named in English inside Chinese: a language question, no switch', async () => {
    const out = await sayNow(app, ++userSeq, '我们家 dad speaks English, mama 说中文, 宝宝20个月 两种语言都只会几个词 是不是说话晚');
    expect(citedDocs(out)).toContain('parenting-language-milestones');
  });
  it('a baby walker "to help him": the motor-milestones answer, not the menu', async () => {
    const out = await sayNow(app, ++userSeq, 'would a baby walker help my 11 month old start walking sooner?');
    expect(citedDocs(out)).toContain('parenting-motor-milestones');
    expect(out.reply).toMatch(/walker/i);
  });
});
