import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const read = (message: string) => readHealthSigns(toSimplified(message.toLowerCase()));

describe('an injury at the point told with English words in a Chinese sentence', () => {
  it('pick up / teacher in a Chinese sentence place the incident at the point', () => {
    expect(read('今天pick up的时候发现宝宝脸上有抓痕 teacher都没跟我说 很不开心').atPoint).toBe(true);
    expect(read('pick up时看到手臂上有牙印').atPoint).toBe(true);
    expect(read('宝宝手上有抓痕 teacher也没讲').atPoint).toBe(true);
  });

  it('the same injury at home is not at the point', () => {
    expect(read('宝宝在家摔了一下 脸上有抓痕').atPoint).toBe(false);
    expect(read('my teacher friend says the scratch is fine').atPoint).toBe(false);
  });
});
