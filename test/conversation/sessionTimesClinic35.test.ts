import { describe, expect, it } from 'vitest';
import { asksSessionTimes } from '../../src/conversation/dialogue/answers/sessionTimes.ts';

// Round 35 (par35m's pm35-zh-020): a hospital clinic's hours are not the care sessions' times.
describe("a clinic's hours are not asked of the sessions", () => {
  it.each(['厦门妇幼保健院儿保科周六上午有没有门诊 几点开始挂号', '社区卫生服务中心周末几点开门', 'what time does the clinic open on saturday'])(
    '"%s"',
    (t) => {
      expect(asksSessionTimes(t)).toBe(false);
    },
  );
  it.each(['周末几点开门', '半日托几点接'])('"%s" still asks the sessions\' times', (t) => {
    expect(asksSessionTimes(t)).toBe(true);
  });
});
