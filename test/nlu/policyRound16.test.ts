import { describe, expect, it } from 'vitest';
import { PARENT_DISTRESS } from '../../src/nlu/lexicon/parentDistress.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Round 16 (policy16b): what the adult collecting needs or shows is the pickup rule, not the named day's places.
describe('what the collecting adult needs is a question', () => {
  it.each([
    'Our nanny is collecting him on Sunday for the first time, what does she need?',
    'My father-in-law is in town and will pick her up this Saturday. Does he need to show ID?',
    '周日是外公第一次去接 要带什么证件吗',
    '这周六接孩子的时候要check ID吗',
  ])('%s → knowledge', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each([
    ['周六上午湖里有位吗', 'find_slots'],
    ['Saturday morning in Huli, my mum will collect, any places?', 'find_slots'],
  ])('a search that mentions who collects stays a search: %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });
});

describe('arriving late for a session is a question', () => {
  it.each(['明天上午的半日托我们会晚到20分钟 还能送进去吗', '禮拜天下午那場會晚一點到 還可以送嗎'])('%s → knowledge', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('losing a place is not losing one’s temper', () => {
  const distress = (t: string) => PARENT_DISTRESS.test(prepareText(t));
  it.each(["will I lose it if I don't answer the waitlist message at night?", 'do I lose it if I reply late?'])('%s', (t) => {
    expect(distress(t)).toBe(false);
  });
  it.each(['when she screams I just lose it', 'by bedtime I lose it every single night'])('still heard: %s', (t) => {
    expect(distress(t)).toBe(true);
  });
});
