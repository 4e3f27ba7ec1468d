import { describe, expect, it } from 'vitest';
import { asksWithoutParticle } from '../../src/nlu/askingWords.ts';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Questions asked with neither a particle nor a question word: A-not-A, and the closing 伐 / X不 / 了没 of Wu, Hunan and
// Sichuan speech and of everyday talk.
describe('questions without a particle', () => {
  it.each(['喝豆浆代替牛奶行不行', '这样对不对', '算不算在每周两次里面', '可以不可以带水杯', '托育点周六开门伐', '这样子要得不', '打过疫苗没有', '好伐'])(
    'asks: %s',
    (text) => expect(asksWithoutParticle(text)).toBe(true),
  );
  it.each(['我不去了', '不得不请假', '还没', '他步伐很稳', '周六上午湖里'])('tells: %s', (text) => expect(asksWithoutParticle(text)).toBe(false));

  it.each(['宝宝喝豆浆代替牛奶行不行', '那睡前给他看十分钟动画片放松一下行不行', '两岁的小囡一日看多少电视好伐', '他妈妈老是让他停下来重新说一遍 这样对不对'])(
    'is a question, not out of scope: %s',
    (text) => {
      expect(understand(text, ctx).intent).toBe('knowledge');
    },
  );
});

// A part of the day beside what the child eats or drinks is the time of a routine, not a time for care.
describe('a routine at a part of the day', () => {
  it.each(['那早上喝豆浆可以代替吗', '早上喝豆浆代替牛奶行不行', '晚上睡前喝奶要刷牙吗'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('still searches a part of the day with a day or a place', () => {
    expect(understand('周六上午湖里有位吗', ctx).intent).toBe('find_slots');
    expect(understand('下午睡醒可以约吗', ctx).intent).toBe('find_slots');
  });
});

// The day a child reaches an age is not the day asked for when another is named.
describe('the day an age is reached', () => {
  it.each([
    ['宝宝下周满6个月 这周六湖里有半日托吗', '2026-11-28', '2026-11-28'],
    ['my son turns 6 months on dec 10th. can I book this saturday in huli?', '2026-11-28', '2026-11-28'],
    ['周六满6个月了 湖里有位吗', '2026-11-28', '2026-11-28'],
  ])('%s', (text, from, to) => {
    expect(understand(text, ctx).slots.dateRange).toEqual({ from, to });
  });
  it('keeps both days when neither is an age reached', () => {
    expect(parseDates('下周六或者这周日', ctx.now, ctx.timeZone).dateRange).toEqual({ from: '2026-11-29', to: '2026-12-05' });
  });
});
