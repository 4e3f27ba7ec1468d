import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

/**
 * Round 43 (par43m): a pain medicine's amount asked for teething, with no fever, is still a dose asked (never a number) but
 * is answered from the teething section, not the fever-care block; with a fever, or for a cough, the medicine stays.
 */
describe('a pain medicine asked for teething', () => {
  it.each(["how much calpol can i give my 9 month old for teething pain? she's 8.5kg", '出牙疼 美林能喂多少'])('%s: a dose, no fever block', (t) => {
    const r = readHealthSigns(t);
    expect(r.asksDose).toBe(true);
    expect(r.medicine).toBeUndefined();
  });
  it.each(['teething and 38.5 fever, how much calpol can i give', '长牙 发烧38.5 美林喂多少'])('%s: fever medicine', (t) => {
    expect(readHealthSigns(t).medicine).toBe('fever');
  });
});
