import { describe, expect, it } from 'vitest';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';
import { namedQuestion } from '../../src/nlu/namedQuestion.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 41 (lead41): the question a parent marks after a story is the request.
describe('a question the parent marks after a story is the request (round 41)', () => {
  it('reads what follows "my question:" and "我想问的是"', () => {
    expect(namedQuestion('we booked a saturday slot last week which went fine. anyway my question: how much water should a 1 year old drink a day?')).toBe(
      'how much water should a 1 year old drink a day?',
    );
    expect(namedQuestion('上週六去過了 挺好的 我想問的是 一歲寶寶一天喝多少水')).toBe('一歲寶寶一天喝多少水');
  });
  it('no marker, nothing before it, or too little after it: no named question', () => {
    expect(namedQuestion('how much water should a 1 year old drink a day?')).toBeUndefined();
    expect(namedQuestion('my question is: how much water for a 1 year old?')).toBeUndefined();
    expect(namedQuestion('we went on saturday. my question: ok?')).toBeUndefined();
  });
  it.each([
    'we booked a saturday slot last week which went fine. anyway my question: how much water should a 1 year old drink a day?',
    '上周六去了半日托 挺好的 我想问的是 一岁宝宝一天喝多少水',
  ])('%s is a question, not a search for the day of the story', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.dateRange).toBeUndefined();
  });
  it('a marked question that asks for places is still a search', () => {
    expect(understand('we went last week and loved it. my question: any places this saturday morning in Huli?', ctx).intent).toBe('find_slots');
  });
});

describe('thanks for a session by its day or by the class liked (round 41)', () => {
  it.each(['thanks for last sunday, 他超喜欢那个绘本课', 'thank you so much for last saturday!', '她超喜欢那个音乐课'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('thanks');
  });
});

describe('whether a grandparent may book is the rule asked (round 41)', () => {
  it('"can grandpa book the session for our daughter?" is a question', () => {
    expect(understand("can grandpa book the session for our daughter? he's the one taking her", ctx).intent).toBe('knowledge');
  });
  it('"can you book the session for our daughter?" still books', () => {
    expect(understand('can you book the session for our daughter?', ctx).intent).toBe('book');
  });
});

describe('blood seen, told with a day after a story, searches no places (round 41)', () => {
  it.each(["today there's a streak of blood in it too", '今天还有血丝'])('%s', (text) => {
    expect(understand(text, { ...ctx, previousIntent: 'knowledge' as const }).intent).toBe('knowledge');
  });
});

describe('"this stage", "this phase" point back at the topic and name none (round 41)', () => {
  it.each(['how long does this stage normally last?', 'how long does this biting phase usually last?', '这个阶段要持续多久'])('%s', (text) => {
    expect(keyWords(text)).toEqual([]);
  });
  it('a formula stage still names formula', () => {
    expect(keyWords('which stage formula should I buy')).toContain('formula');
  });
});

describe('an age corrected, and nothing else, is the question before asked of that age (round 41)', () => {
  it.each(['不好意思我说错了 是一岁八个月', "sorry she's 20 months not 10", '不好意思打錯了 是一歲八個月'])('%s', (text) => {
    const u = understand(text, { ...ctx, previousIntent: 'knowledge' as const });
    expect(u.slots.followUpChange).toBe('age');
    expect(u.slots.childAgeMonths).toBe(20);
  });
  it('an age told with a topic is no bare correction', () => {
    expect(
      understand('sorry she is 20 months, she still has no words at all', { ...ctx, previousIntent: 'knowledge' as const }).slots.followUpChange,
    ).toBeUndefined();
  });
});
