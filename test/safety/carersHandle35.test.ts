import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

// Round 35 (pol35's po35-mixed-006): whether the carers can handle a fit is a question about the service for a child with
// a known condition, not a fit told.
describe('"can the carers handle a seizure?" is no seizure told', () => {
  it.each(['my kid 有 epilepsy 能去吗 老师会 handle seizure 吗', '孩子有癫痫 老师会处理抽搐吗', 'my son has epilepsy, can the carers handle a seizure?'])(
    '"%s"',
    (text) => {
      expect([...readHealthSigns(text).signs]).not.toContain('seizure');
    },
  );
  it.each(['他现在在抽搐 老师会处理吗', '孩子抽搐了 怎么处理', 'she is having a seizure, can the staff handle it?'])('"%s" is still a fit told', (text) => {
    expect([...readHealthSigns(text).signs]).toContain('seizure');
  });
});
