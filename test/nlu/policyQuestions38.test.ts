import { describe, expect, it } from 'vitest';
import { answeredByServiceRule } from '../../src/nlu/answeredByServiceRule.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

// Round 38 (pol38): what the carers will do for the child is a question, not a request for a person; a jab told with the
// day of care asks whether the child may come, not that day's places; "can she still come?" after an illness asks the point.
describe('what the carers do for the child', () => {
  it('giving medicine, changing, warming milk: a question about the service', () => {
    expect(understand("Can the staff give my son his antibiotic at lunchtime while he's there?", ctx).intent).toBe('knowledge');
    expect(understand('Could the carers change her nappy if she needs it?', ctx).intent).toBe('knowledge');
    expect(understand('Can staff warm up her milk?', ctx).intent).toBe('knowledge');
  });

  it('asking staff to call or talk is still a person', () => {
    expect(understand('can the staff call me back', ctx).intent).toBe('human');
    expect(understand('I want to talk to a staff member', ctx).intent).toBe('human');
  });
});

describe('a vaccination told with the day of care', () => {
  it.each([
    '周五打了vaccine 周六可以去daycare吗',
    '周五打了疫苗 周六可以去daycare吗',
    '昨天刚打了预防针 周六能送托吗',
    'Got her vaccine on Friday, can she go to daycare on Saturday?',
    'He had his jabs on Thursday, can he come to childcare on Saturday?',
  ])('%s → a question, no search', (q) => {
    const u = understand(q, ctx);
    expect(u.intent).toBe('knowledge');
    expect((u.requests ?? []).some((r) => r.intent === 'find_slots')).toBe(false);
  });

  it('places asked for in so many words stay a search', () => {
    expect(understand('周六上午湖里还有位吗', ctx).intent).toBe('find_slots');
  });
});

describe('whether the child may still come is asked of the point', () => {
  it.each([
    ["She had a fever of 38.4 on Thursday night but it's gone now. Can she still come ?", true],
    ['His temperature was normal this morning, can he still come on Saturday?', true],
    ['Can he still go?', true],
    ['can he still go swimming with a cold?', false],
    ['can she go to the beach this weekend?', false],
  ] as const)('%s → %s', (q, asked) => {
    expect(answeredByServiceRule(normalizeText(q))).toBe(asked);
  });
});
