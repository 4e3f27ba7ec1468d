import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

/** Round 16, the lead's policy probes: who collects is asked, whoever the family member is (Wednesday 25 Nov 2026). */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };

describe('a parent, partner or in-law collecting or dropping off is asked about, not searched', () => {
  it.each([
    'Can my mum pick her up after the half-day session?',
    'Can my husband drop him off on Saturday morning?',
    'could my mother-in-law collect him on Sunday?',
    '周六半日托 我老公去接可以吗',
    '禮拜六下午 我媽可以去接嗎',
    '周日的临时托 孩子他爸送过去行吗',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a booking for the child that names a family member is still a booking', () => {
    expect(understand('my mum wants to book saturday for her', ctx).intent).toBe('book');
  });
});
