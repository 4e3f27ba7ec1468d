import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

/**
 * Round 37 (par37e), English-writing parents:
 * - a later question of the same message that the answer above covers ("Should I stay longer?" under crying at
 *   drop-off) was answered "I don't have a reliable answer";
 * - a follow-up after a message whose last part was not a question ("…Nobody told me at the hospital here", then
 *   "how much?") lost the question before and found the service's price;
 * - "Bath, book, bed doesn't work" was read as a booking.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 37_500;

beforeAll(async () => {
  app = await createTestApp();
}, 120_000);

const NOT_COVERED = /reliable answer|don't answer|not covered/i;

describe('a later part of one message', () => {
  it('covered by the answer above is said to be covered, not called unanswered', async () => {
    const out = await chatAs(
      app,
      ++userSeq,
    )('He started daycare 2 weeks ago and screams every drop off, teacher says he stops after 10 minutes. Am I doing something wrong? Should I stay longer?');
    expect(citedDocs(out)).toContain('parenting-separation-anxiety');
    expect(out.reply).toMatch(/goodbye/i);
    expect(out.reply).not.toMatch(NOT_COVERED);
  });

  it('still gets its own answer when it asks something else', async () => {
    const out = await chatAs(app, ++userSeq)('how much toothpaste for a 14 month old? and when should she start solids?');
    expect(citedDocs(out)).toEqual(expect.arrayContaining(['parenting-teething-oral-care', 'parenting-starting-solids']));
  });
});

describe('the question answered stays for the next message', () => {
  it('after a message whose last part was no question', async () => {
    const say = chatAs(app, ++userSeq);
    await say('Do I need to give vitamin D drops to my breastfed newborn? Nobody told me at the hospital here');
    const out = await say('how much?');
    expect(out.reply).toMatch(/400 IU|10 micrograms/);
    expect(citedDocs(out)).not.toContain('service-eligibility');
  });

  it('"at what age then …?" leans on the answer before', async () => {
    const say = chatAs(app, ++userSeq);
    await say('how much toothpaste for a 14 month old? with fluoride or without?');
    const out = await say('at what age then pea sized?');
    expect(citedDocs(out)).toContain('parenting-teething-oral-care');
    expect(out.reply).toMatch(/age 3|3 years|three/i);
  });
});

describe('bedtime steps', () => {
  it('"Bath, book, bed" is a bedtime question, not a booking', async () => {
    const out = await chatAs(app, ++userSeq)("Bedtime is a 2 hour battle every night with our 26 month old. Bath, book, bed doesn't work. What else?");
    expect(out.reply).not.toMatch(/Which day would you like/i);
    expect(out.citations.length).toBeGreaterThan(0);
  });
});

describe('weaning off a dummy', () => {
  it('says how, step by step', async () => {
    const out = await chatAs(app, ++userSeq)('When to stop the 安抚奶嘴? he is 18 months and ayi gives it whenever he cries');
    expect(citedDocs(out)).toContain('parenting-teething-oral-care');
    expect(out.reply).toMatch(/step by step|only at sleep time/i);
  });
});
