import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 44 (saf44): what the triage reads in messages worded apart from the probe file
 * (test/fixtures/eval-tuning/saf44.jsonl).
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('a parent thinking of hurting herself is a self-harm emergency, in the -ing form too', () => {
  it.each(['I keep thinking about hurting myself when he screams', "I'm scared I'm harming myself again"])('%s', (text) => {
    const t = triageOf([text]);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('self_harm');
  });
});

describe('skin pulling in between or under the ribs is chest indrawing (red)', () => {
  it.each(['his skin is sucking in under his ribs with each breath', 'the skin pulls in between her ribs when she breathes'])('%s', (text) => {
    expect(triageOf([text]).level).toBe('red');
  });
});

describe('magnets swallowed, with more words between', () => {
  it('reads "swallowed what I think were two of the little round magnets"', () => {
    expect(signsOf('she swallowed what we think were two of the little round fridge magnets').has('magnets')).toBe(true);
  });
});

describe('iron tablets eaten are a poisoning with their own line', () => {
  it.each(['儿子把我的铁剂吃了三片', '她吞了好几颗补铁片', 'he ate some of my iron pills'])('%s', (text) => {
    const s = signsOf(text);
    expect(s.has('iron_taken')).toBe(true);
    expect(triageOf([text]).findings).toContain('poisoning');
  });
  it('talk about iron in food is not', () => {
    expect(signsOf('宝宝缺铁 铁剂要吃多久').has('iron_taken')).toBe(false);
  });
});

describe('e-cigarette liquid told before the lick is nicotine', () => {
  it('烟油…舔', () => {
    expect(signsOf('爸爸的烟油 宝宝舔了一口').has('tobacco')).toBe(true);
  });
});

describe('under 3 months, a reading under 38 °C is a recheck and a doctor, not 120', () => {
  it('37.8 at 6 weeks → amber', () => {
    const t = triageOf(['6 week old, 37.8 under the arm']);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('warm_under_3_months');
  });
  it('38.2 at 6 weeks stays red', () => {
    expect(triageOf(['6 week old, 38.2 under the arm']).level).toBe('red');
  });
});

describe('no wee since the morning is a dry day (red)', () => {
  it.each(['从早上起来到现在都没尿', 'no wee since this morning'])('%s', (text) => {
    expect(triageOf([text]).findings).toContain('severe_dehydration');
  });
  it('"no wee accidents" is potty talk', () => {
    expect(signsOf('no wee accidents at nursery this week').has('severe_dehydration')).toBe(false);
  });
});

describe('tissue pushed up a bleeding nose is not a thing stuck in the nose', () => {
  it('reads a nosebleed only', () => {
    const s = signsOf('nosebleed, grandma put tissue up his nose');
    expect(s.has('nosebleed')).toBe(true);
    expect(s.has('nose_object')).toBe(false);
  });
  it('a bead up the nose still is', () => {
    expect(signsOf('he pushed a bead up his nose').has('nose_object')).toBe(true);
  });
});

describe('a fit asked about for next time is asked ahead, not happening now', () => {
  it.each(['下次如果又抽筋 我该怎么做', '下次再抽搐怎么办'])('%s', (text) => {
    expect(triageOf([text]).level).not.toBe('red');
  });
  it('a fit now still is red', () => {
    expect(triageOf(['他又抽了 怎么办']).level).toBe('red');
  });
});
