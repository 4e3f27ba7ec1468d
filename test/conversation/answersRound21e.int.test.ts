import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 21 (outside writer, English): tummy sleeping asked at 3 a.m. is safe sleep (on the back), not an overtired baby;
 * a 2-year-old's pacifier in Singlish is the pacifier section; the carer ratio asked inside a story about prematurity is
 * answered, not "which day?"; a skin condition and its cream at the care point is answered, not searched; lunch and
 * whether the helper may stay are both answered.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 99700;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('round 21 (en) answers', () => {
  it('tummy sleeping: back to sleep', async () => {
    const out = await sayNow(
      app,
      ++userSeq,
      'its 3am again.. my 5 mnth boy only sleep on his tummy, on back he scream evry time. can i just let him sleep on tummy?? i am so tirred i cant think',
    );
    expect(citedDocs(out)).toContain('parenting-safe-sleep');
    expect(out.reply).toMatch(/on the back/i);
  });

  it('a pacifier at two, in Singlish: weaning it gently', async () => {
    const out = await sayNow(
      app,
      ++userSeq,
      'Hi, paiseh to ask lah. My girl 2 years already still got use pacifier, whole day in mouth. My mother say cannot, teeth will become ugly. Must stop now or not? How to stop, she cry like siao',
    );
    expect(citedDocs(out)).toContain('parenting-teething-oral-care');
    expect(out.reply).not.toMatch(/materials don't answer/);
  });

  it('the carer ratio asked inside a story: 1:3', async () => {
    const out = await sayNow(
      app,
      ++userSeq,
      'My girl was born at 31 weeks, she is 10 months now (7 months corrected). Before I book anything I want to know: how many babies does one carer look after in the baby group? She still needs a lot of attention.',
    );
    expect(out.reply).toMatch(/1:3/);
    expect(out.reply).not.toMatch(/Which day/);
  });

  it('eczema and her cream at the weekend care point: answered, not a list of sessions', async () => {
    const say = chatAs(app, ++userSeq);
    await say('My daughter (15 months) has eczema. What daily skin care actually helps?');
    const out = await say('Thanks. Can she still go to the weekend care point with her eczema? Will they put her cream on?');
    expect(out.reply).not.toMatch(/Free places/);
    expect(out.citations.length).toBeGreaterThan(0);
  });

  it('lunch and whether the helper may stay: both answered', async () => {
    const out = await sayNow(
      app,
      ++userSeq,
      "Hi, Ma'am ask me: at the Huli care point, do they give lunch to baby? And can I stay inside with baby or must wait outside? Baby is 1 year 2 month.",
    );
    expect(out.reply).toMatch(/No meal is provided/);
    expect(out.reply).toMatch(/stay/i);
    expect(new Set(citedDocs(out)).size).toBeGreaterThanOrEqual(2);
  });
});
