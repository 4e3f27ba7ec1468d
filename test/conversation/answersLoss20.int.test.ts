import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 20 (loss20): answers that merges lost because retrieval's margins moved. A long section is quoted from all its
 * pieces, whichever one ranked; a follow-up stays in the document just quoted when its own words find a section there
 * nearly as clearly as elsewhere; a statement about the child keeps the topic and the child's age; a drop-off question
 * naming the session is the service's rule when that covers more of it.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 99200;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a long section quoted whole, whichever piece ranked', () => {
  it('ear pain with a fever tonight: what to do and when to see a doctor, not only the 120 paragraph', async () => {
    const out = await sayNow(app, ++userSeq, '18mo woke up screaming and pulling at her ear, 38.2, what can I do tonight');
    expect(citedDocs(out)).toContain('parenting-fever-illness');
    expect(out.reply).toMatch(/flannel against the ear/);
    expect(out.reply).toMatch(/See a doctor if it is no better after 2–3 days/);
  });
});

describe('follow-ups after a toddler-milk answer', () => {
  it('"and should he still be having it from a bottle?" is weaning off the bottle, not making up formula', async () => {
    const say = chatAs(app, ++userSeq);
    await say(
      'My son is 2 and a half and drinks like 4 bottles of milk a day, probably a litre, and then barely touches dinner. How much milk is actually enough?',
    );
    const out = await say('and should he still be having it from a bottle?');
    expect(citedDocs(out)).toEqual(['parenting-toddler-nutrition']);
    expect(out.reply).toMatch(/stop bottles by about 18 months/);
    expect(out.reply).not.toMatch(/70°C/);
  });

  it('"she drinks like 4 bottles a day" told after a 2-year-old\'s milk stays with toddler milk and bottles, not water or 7–12 months', async () => {
    const say = chatAs(app, ++userSeq);
    await say('how much milk should my 2 year old drink a day?');
    const out = await say('she drinks like 4 bottles a day');
    expect(citedDocs(out)).toEqual(['parenting-toddler-nutrition']);
    expect(out.reply).toMatch(/cup/);
    expect(out.reply).not.toMatch(/start drinking water|7–12-month/);
  });
});

describe('a follow-up that does something to "it"', () => {
  it('"how I should cook it for her first time" after eggs is the egg section, not "not covered"', async () => {
    const say = chatAs(app, ++userSeq);
    await say('is it ok she eat egg? she is 7 month. in Japan my mother say wait until 1 year for the egg white');
    const out = await say('how I should cook it for her first time');
    expect(citedDocs(out)).toContain('parenting-starting-solids');
    expect(out.reply).toMatch(/well-cooked whole egg/);
  });
});

describe('what to watch for after the jabs', () => {
  it('"what should I watch for afterwards?" is the reactions section, not the flu vaccine', async () => {
    const out = await sayNow(app, ++userSeq, 'she has her 12 month jabs tomorrow. what should I watch for afterwards?');
    expect(out.reply).toMatch(/What should I watch for after vaccination/);
    expect(out.reply).not.toMatch(/flu vaccine/);
  });
});

describe('what to tell the carers at a first drop-off', () => {
  it("is the service's hand-over rule (who collects, phone), not a first drop-off's tears", async () => {
    const out = await sayNow(app, ++userSeq, '第一次送托 交接的时候需要跟老师交代些什么');
    expect(citedDocs(out)).toContain('service-what-to-bring');
    expect(out.reply).toMatch(/谁来接孩子/);
  });
});
