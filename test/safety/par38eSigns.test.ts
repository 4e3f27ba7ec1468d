import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

/**
 * Round 38 (par38e): a question about the EV71 (hand, foot and mouth) vaccine got the illness's home-care triage, since
 * "vaccine" reads as a sign and the disease was named beside it. The vaccine named is no illness told.
 */
describe('the hand, foot and mouth vaccine is no hand, foot and mouth disease', () => {
  it.each([
    'the clinic offered the EV71 vaccine, is it worth paying for?',
    '手足口疫苗有必要自费打吗',
    '腸病毒疫苗要不要打',
    'is there a vaccine against hand foot and mouth for a 1 year old?',
  ])('%s', (text) => {
    expect(signsOf(text).has('hfmd')).toBe(false);
  });

  it.each(['手足口病第二天 一直发烧 不肯喝水', 'the doctor says it is hand, foot and mouth, she has a fever and sores in her mouth'])(
    'still the illness: %s',
    (text) => {
      expect(signsOf(text).has('hfmd')).toBe(true);
    },
  );
});

/** "covered in mosquito bites … she keeps scratching them" got the graze's rinse-and-watch list. */
describe('scratching bites is an itch, not a wound', () => {
  it.each(['mosquito bites all over his legs and he keeps scratching them', 'she is scratching the bites until they are red'])('%s', (text) => {
    expect(signsOf(text).has('minor_wound')).toBe(false);
  });

  it.each(['the cat scratched his arm', 'there is a long scratch on her cheek from the slide'])('still a wound: %s', (text) => {
    expect(signsOf(text).has('minor_wound')).toBe(true);
  });
});
