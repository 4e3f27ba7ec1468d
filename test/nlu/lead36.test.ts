import { describe, expect, it } from 'vitest';
import { sessionTimesAskedAgain } from '../../src/conversation/dialogue/answers/sessionTimes.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// The lead's round-36 probes (test/fixtures/eval-tuning/lead36.jsonl): bare follow-ups after a knowledge answer.
describe('a part of the day alone after an answer asks the same question of it (round 36)', () => {
  it.each(['那 afternoon 呢', '那下午呢', 'and the afternoon one?', '那晚上呢'])('"%s" after an answer is a question', (text) => {
    expect(understand(text, { ...ctx, previousIntent: 'knowledge' }).intent).toBe('knowledge');
  });

  it.each(['那周六下午呢', '那下午有位吗', '那 Sunday 呢'])('"%s" names a day or asks for places: a search', (text) => {
    expect(understand(text, { ...ctx, previousIntent: 'knowledge' }).intent).toBe('find_slots');
  });

  it('a part of the day alone while a search is under way refines the search', () => {
    expect(understand('那下午呢', { ...ctx, previousIntent: 'find_slots', searching: true }).intent).toBe('find_slots');
  });
});

describe('the times asked again of a part of the day or a kind (round 36)', () => {
  const before = '周六 morning 的半日托几点开始';
  it('a part of the day alone reads the times with the question before', () => {
    expect(sessionTimesAskedAgain('那 afternoon 呢', before, 'afternoon')).toBe(`${before}\n那 afternoon 呢`);
  });
  it('a kind named reads that kind, on the weekend as before', () => {
    expect(sessionTimesAskedAgain('and the temporary care?', 'what time does the half-day care start on saturday?', undefined)).toBe(
      'and the temporary care? 周末',
    );
  });
  it('not after another question, nor when the follow-up asks something of its own', () => {
    expect(sessionTimesAskedAgain('那下午呢', '宝宝一天睡几觉', 'afternoon')).toBeUndefined();
    expect(sessionTimesAskedAgain('那下午几点睡午觉比较好呢', before, 'afternoon')).toBeUndefined();
    expect(sessionTimesAskedAgain('那要带什么', before, undefined)).toBeUndefined();
  });
});

describe('drinks named in English inside Chinese (round 36)', () => {
  it.each([
    ['那 water 呢', '那 水 呢'],
    ['two year old 一天要喝多少 milk', 'two year old 一天要喝多少 奶'],
    ['可以喝 whole milk 吗', '可以喝 牛奶 吗'],
  ])('"%s" reads as "%s"', (text, read) => {
    expect(readCodeSwitched(text)).toBe(read);
  });
});

describe('food for the child asked about with words between (round 36)', () => {
  it.each(['送半日托要给孩子带吃的吗', '周六送半日托 要给她带饭吗'])('"%s" asks what to bring, not for places', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a day and a place asked beside it keep the search', () => {
    expect(understand('周六上午湖里有位吗 要带什么', ctx).intent).toBe('find_slots');
  });
});
