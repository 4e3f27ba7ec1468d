import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 18: a child scratching itchy skin (eczema, bites, heat rash) tells an itch, not a scratch wound — the
 * question goes to the knowledge answer (moisturiser, when to see a doctor), not the graze's rinse-and-watch list.
 * A scratch told with a wound's own words stays a wound. Worded apart from the tuning sets.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('scratching an itch is no wound', () => {
  it.each([
    'dry red skin on her legs, so itchy she scratches all night, which moisturiser?',
    'he keeps scratching his cheeks, they are itchy and rough',
    '宝宝脸上干干的很痒 一直抓',
  ])('%s', (text) => {
    expect(signsOf(text).has('minor_wound')).toBe(false);
  });
});

describe('a scratch that is a wound stays one', () => {
  it.each([
    'the cat scratched him and it is itchy now, there is a graze on his arm',
    'he scratched his knee on the pavement and it is bleeding a bit',
    '被小朋友抓伤了 脸上有抓痕',
  ])('%s', (text) => {
    const signs = signsOf(text);
    expect(signs.has('minor_wound') || signs.has('animal_bite')).toBe(true);
  });
});
