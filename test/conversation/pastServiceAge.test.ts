import { describe, expect, it } from 'vitest';
import { pastServiceAgeTold } from '../../src/conversation/dialogue/intents/pastServiceAge.ts';

describe('pastServiceAgeTold', () => {
  it.each([
    '那过了三岁生日以后就完全不能去了吗',
    '超过3岁还能约吗',
    '過了三歲以後還可以去嗎',
    'can she still come after her third birthday?',
    'is he too old if he is over 3?',
  ])('%s: past the service age', (t) => expect(pastServiceAgeTold(t)).toBe(true));

  it.each(['孩子三岁了还能约吗', '宝宝35个月 下个月满三岁', 'my son is 3, can he come?', 'she is two and a half', 'over the weekend'])('%s: not past it', (t) =>
    expect(pastServiceAgeTold(t)).toBe(false),
  );
});
