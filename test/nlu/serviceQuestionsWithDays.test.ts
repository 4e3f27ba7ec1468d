import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/nlu/detectLanguage.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Round 9 (policy9): a question about how the service works stays a question when it names a day or a booking word.
describe('service questions with a day or a booking word are answered, not searched', () => {
  it.each([
    // Pickup by someone else, told with the day of the session.
    ['我周六上班 送孩子过去后能让别人帮忙接吗', undefined],
    ['Our nanny will pick up our daughter on Sunday, does she need anything?', undefined],
    // Whether a same-day booking is still in time, after an answer about the booking window.
    ['那当天早上临时想约下午的还来得及不', 'knowledge'],
    // Equipment at a point (what the materials do not cover): a question, not a search for places.
    ['請問服務點有沒有AED', undefined],
    ['Do the points have a defibrillator?', undefined],
  ])('%s', (text, previousIntent) => {
    const c = previousIntent ? { ...ctx, previousIntent: previousIntent as 'knowledge' } : ctx;
    expect(understand(text, c).intent).toBe('knowledge');
  });

  it('a search with a day stays a search', () => {
    expect(understand('周六上午湖里有位置吗', ctx).intent).toBe('find_slots');
    expect(understand('any half-day places on Sunday?', ctx).intent).toBe('find_slots');
  });
});

// An A-not-A question around English nouns is a Chinese sentence: the reply is Chinese.
describe('an A-not-A question with English nouns is Chinese', () => {
  it.each([['weekend care要不要付deposit'], ['nanny能不能pick up']])('%s', (text) => {
    expect(detectLanguage(text)).toBe('zh');
  });
  it('an English sentence with one Chinese word stays English', () => {
    expect(detectLanguage('can my nanny pick her up on Sunday 有没有')).toBe('en');
  });
});
