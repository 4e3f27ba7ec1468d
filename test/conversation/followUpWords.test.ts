import { describe, expect, it } from 'vitest';
import { asksSessionTimes } from '../../src/conversation/dialogue/answers/sessionTimes.ts';
import { FOLLOW_UP } from '../../src/conversation/dialogue/answers/parentWords.ts';
import { asksRuleFact } from '../../src/nlu/ruleQuestions.ts';
import { namesTopic } from '../../src/conversation/dialogue/answers/presentAnswer.ts';
import { HOW_FAR_AHEAD } from '../../src/conversation/dialogue/intents/questionIntents.ts';

describe('words that say what a message asks', () => {
  it('hears a question about session times, not about staff, sleep or cancelling', () => {
    for (const q of [
      '周末几点开门',
      '半日托几点接',
      '临时托 几点 pick up',
      '那体验课几点开始',
      'what are your opening hours on weekends?',
      'what time is pick up for half day',
    ])
      expect(asksSessionTimes(q), q).toBe(true);
    for (const q of ['工作人员几点回复', '宝宝晚上几点睡比较好', '取消最晚几点', 'what time should my baby nap?']) expect(asksSessionTimes(q), q).toBe(false);
  });

  it('hears "they/that" questions as follow-ups, not every question', () => {
    for (const q of [
      'when do they switch to one?',
      'how long does that last?',
      'should they still nap?',
      'ok who would we actually see for that here in xiamen?',
      'where do we go about this in xiamen?',
    ])
      expect(FOLLOW_UP.test(q), q).toBe(true);
    for (const q of [
      'when can babies eat eggs?',
      'is it ok to give honey at 10 months?',
      'is there a class for this age group?',
      'can we book for this weekend in huli?',
    ])
      expect(FOLLOW_UP.test(q), q).toBe(false);
  });

  it('hears doing something to "it" as leaning on the answer before ("how should I cook it")', () => {
    for (const q of [
      'how I should cook it for her first time',
      'how do I prepare it for a 7 month old?',
      'can I give it to her mixed in porridge?',
      'how do I make it?',
    ])
      expect(FOLLOW_UP.test(q), q).toBe(true);
    // (A cooking question of its own, with nothing pointed back at, is no follow-up.)
    for (const q of ['how do I cook vegetables for a baby?', 'can I make baby food in advance?']) expect(FOLLOW_UP.test(q), q).toBe(false);
  });

  it('"how long before" is a deadline, not the booking window', () => {
    for (const q of ['how long before must i cancel?', 'how long before i should get it checked?']) expect(HOW_FAR_AHEAD.test(q), q).toBe(false);
    for (const q of ['how far in advance can we book?', 'how long before can i book a session?', 'how many days ahead can i book'])
      expect(HOW_FAR_AHEAD.test(q), q).toBe(true);
  });

  it('"whether it works" and verbs of a change name no topic', () => {
    expect(namesTopic('那要坚持多久才有效果')).toBe(false);
    expect(namesTopic('when do they switch to one?')).toBe(false);
    expect(namesTopic('when can she move to cow milk?')).toBe(true);
  });

  it("hears a question for one of the service's numbers in Traditional script", () => {
    expect(asksRuleFact('聊天紀錄你們留多久')).toBe(true);
    expect(asksRuleFact('宝宝几个月可以吃蛋黄')).toBe(false);
  });
});
