import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

/** Round 15 (care15): a blocked nose ('鼻子塞得呼哧呼哧的') is a cold, not an object in the nose or a croupy breath. */
describe('a blocked nose', () => {
  it.each(['感冒了 鼻子塞得呼哧呼哧的', '鼻子塞住了 吃不了奶', '鼻子塞了 睡不好', '鼻子塞着 一直哭'])('%s: no sign', (t) => {
    const signs = readHealthSigns(t).signs;
    expect(signs.has('nose_object')).toBe(false);
    expect(signs.has('barking_cough')).toBe(false);
  });
  it.each(['鼻子里塞了一颗豆子', '他把珠子塞进鼻子了', '鼻子塞了个纸团', '耳朵塞了东西'])('%s: still an object', (t) => {
    expect(readHealthSigns(t).signs.has('nose_object')).toBe(true);
  });
  it('a noisy breath with no nose named is still read', () => {
    expect(readHealthSigns('呼吸呼哧呼哧的').signs.has('barking_cough')).toBe(true);
  });
});
