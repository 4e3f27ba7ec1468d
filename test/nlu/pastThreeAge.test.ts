import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/nlu/parseAge.ts';

// "past three" is an age reading (moved from the conversation layer in round 34): the child is past the service's
// upper age, whatever "三岁" alone would read as.
describe('an age told as past three', () => {
  it.each([
    '那过了三岁生日以后就完全不能去了吗',
    '超过3岁还能约吗',
    '過了三歲以後還可以去嗎',
    'can she still come after her third birthday?',
    'is he too old if he is over 3?',
  ])('%s: out of range', (t) => expect(parseAge(t)).toEqual({ ageOutOfRange: true }));

  it.each([
    ['孩子三岁了还能约吗', 36],
    ['she is two and a half', 30],
  ])('%s: an age, not past it', (t, months) => expect(parseAge(t)).toEqual({ childAgeMonths: months }));
  it('"下个月满三岁" is not past it', () => expect(parseAge('宝宝35个月 下个月满三岁').ageOutOfRange).toBeUndefined());

  it('"over the weekend" is no age', () => expect(parseAge('over the weekend')).toEqual({}));
});
