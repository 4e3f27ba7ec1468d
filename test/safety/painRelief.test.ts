import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

/** Pain relief asked by amount is a dose question (no dose given; a doctor or pharmacist), not a topic left unanswered. */
describe('pain relief by amount', () => {
  it.each(['can I give him something for the pain? how much?', '止痛药给孩子吃多少', 'how much pain relief can a 1 year old have'])('%s', (text) => {
    const r = readHealthSigns(text);
    expect(r.asksDose).toBe(true);
    expect(r.medicine).toBe('fever');
  });

  it.each(["he's in pain after the jab", 'how much milk should he drink', '一天喂多少奶'])('no medicine, no dose: %s', (text) => {
    expect(readHealthSigns(text).asksDose).toBe(false);
  });
});
