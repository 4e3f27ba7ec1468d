import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { askedRules } from '../../src/nlu/ruleQuestions.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Round 14 (policy14): questions about the service that name a waitlist, a day, a kind of care, a class or an account are
// answered, not acted on; the same words without a question stay actions.
describe('service questions with booking words stay questions', () => {
  it.each([
    ['候补轮到我的话 slot会hold多久', 'waitlistHold'],
    ['候补轮到我的话 名额会帮我留多久', 'waitlistHold'],
    ['禮拜六上午的半日托 我可以只托兩個小時就先接走嗎', 'earlyCollect'],
    ['If we book a morning and an afternoon session on the same Saturday, what happens with lunch?', 'meals'],
    ['And can we use the point near my office in Siming even though we live in Jimei?', 'residence'],
    ['一个account可以register几个kids', 'childrenPerAccount'],
    ['感统课是给有问题的小孩上的吗', 'classWhat'],
    ['感統課是給有問題的小孩上的嗎', 'classWhat'],
    ['Is the sensory class for kids with problems?', 'classWhat'],
  ])('%s → %s', (text, rule) => {
    expect(askedRules(text)).toContain(rule);
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('the same words as requests stay actions', () => {
  it.each([
    ['候补周六上午前埔', 'join_waitlist'],
    ['帮我约周六上午湖里', 'book'],
    ['周六有感统课吗', 'find_slots'],
    ['帮我约周六的感统课', 'book'],
    ['what classes are on this Saturday?', 'find_slots'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });
});
