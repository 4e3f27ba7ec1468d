import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 15, the lead's probes: a weekday beyond the booking window that has classes but never care is said to have no
 * care (not "booking opens" as if care were coming); a tantrum when the TV goes off gets what helps, not the doctor
 * section; "lately" is not "late"; two questions in one message are both answered.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 95400;

const ask = (text: string): Promise<TurnOutput> => sayNow(app, ++userSeq, text);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('weekday care beyond the booking window', () => {
  it('Christmas Eve (a Thursday): no half-day or temporary care that day, classes open on a date', async () => {
    const out = await ask('are you open on Christmas Eve? I need someone to take her for the morning');
    expect(out.reply).toMatch(/no half-day or temporary care on Thu 24 Dec/);
    expect(out.reply).toMatch(/weekends/);
    expect(out.reply).not.toMatch(/are not open for booking yet/);
  });
  it('Tuesday 15 December, its classes published but not open: no care that day first', async () => {
    const out = await ask('is there anything on Tuesday 15 December? I need someone to watch her');
    expect(out.reply).toMatch(/no half-day or temporary care on Tue 15 Dec/);
  });
  it('a Saturday beyond the window still says when booking opens', async () => {
    const out = await ask('12月26号周六上午湖里有位吗');
    expect(out.reply).toMatch(/12月12日/);
    expect(out.reply).not.toMatch(/没有半日托或临时托/);
  });
});

describe('screens and tantrums', () => {
  it.each(['my 2 year old throws a huge fit every time I turn off the TV. what do I do', '每次关电视他都要哭闹半天 怎么办'])('%s', async (text) => {
    const out = await ask(text);
    expect(citedDocs(out)).toContain('parenting-screen-time');
    expect(out.reply).toMatch(/warning|提醒/);
    expect(out.reply).not.toMatch(/talk to a child health doctor|咨询儿保医生/);
  });
});

describe('words that are not the topic', () => {
  it('"lately" is not arriving late', async () => {
    const out = await ask('she puts everything in her mouth lately, what small stuff should I keep away from her?');
    expect(citedDocs(out)).not.toContain('service-practical-questions');
  });
});

describe('two questions in one message', () => {
  it('cost and grandma collecting: both answered', async () => {
    const out = await ask('how much does it cost and can grandma pick her up afterwards?');
    expect(out.reply).toMatch(/free/i);
    expect(out.reply).toMatch(/grandparent|collect/i);
  });
});
