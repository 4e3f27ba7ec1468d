import { describe, expect, it } from 'vitest';
import { readRegionalWords } from '../../src/knowledge/extractTerms.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

/** Round 47 (par47z): the understanding changes, each worded apart from the probe file. */
describe('a yellow face and eyes put in the sun is jaundice, not heat', () => {
  it.each(['满月前几天 脸跟眼白还是黄黄的 奶奶抱去阳台晒了一会太阳了', '宝宝眼睛和脸还是有点黄 晒太阳晒了半小时了'])('%s', (t) => {
    const signs = readHealthSigns(t).signs;
    expect(signs.has('jaundice')).toBe(true);
    expect(signs.has('heat_exposure')).toBe(false);
  });
  it('a child hot and sweating after the sun still reads as heat', () => {
    expect(readHealthSigns('在海边晒了一下午太阳 回来满身大汗 脸通红').signs.has('heat_exposure')).toBe(true);
  });
});

describe("Taiwan's 盧 is a child making a fuss", () => {
  it.each(['回家以后好卢', '一到晚上就一直卢'])('%s', (t) => {
    expect(readRegionalWords(t)).toMatch(/闹/);
  });
  it('the surname 卢 stays', () => expect(readRegionalWords('卢老师说的')).toBe('卢老师说的'));
});
