import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 40 (lead40): thanks for a session that went well names the day it happened, which is no day to search.
describe('thanks for a session that went well is thanks, not a search for its day (round 40)', () => {
  it.each(['thanks so much, she had a great time at the point last saturday!', '謝謝你們上週六的照顧 女兒回來一直說很好玩', 'he loved it, thank you!'])(
    '%s',
    (text) => {
      expect(understand(text, ctx).intent).toBe('thanks');
    },
  );
  it('asking for the next one is still a search', () => {
    expect(understand('玩得很开心 这周六还能约吗', ctx).intent).toBe('find_slots');
  });
});

describe('whether the waitlist notifies is a question, not a request to join one (round 40)', () => {
  it.each(['候补的话 有位置了会notify我吗', 'if I join the waitlist will you notify me when a place opens?'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('"notify me when a place opens" still joins', () => {
    expect(understand('please notify me when a place opens', ctx).intent).toBe('join_waitlist');
  });
});

describe('an ayi at the point is staff; one at home is the family’s (round 40)', () => {
  it('a carer at the point on her phone while the child cried is a complaint', () => {
    expect(understand('the ayi at the point was on her phone the whole morning and my son was crying alone in the corner', ctx).intent).toBe('complaint');
  });
  it('the family’s own ayi on her phone is a parenting question', () => {
    expect(understand('our ayi at home is always on her phone, how do I talk to her about it?', ctx).intent).not.toBe('complaint');
  });
});

describe('a parent’s anger at someone in the family, beside a question about the child, is no complaint (round 40)', () => {
  it.each([
    'my mother in law let our 1 year old lick 辣椒 at dinner, I was so angry. is chilli bad for her?',
    '婆婆给1岁的孩子舔辣椒 我很生气 辣椒对孩子有害吗',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it.each(['the teacher at the point was rude to my son, I was so angry. is that normal?', '老师给孩子吃辣椒 我很生气 辣椒对孩子有害吗'])(
    'anger at staff stays a complaint: %s',
    (text) => {
      expect(understand(text, ctx).intent).toBe('complaint');
    },
  );
});

describe('English words with a Chinese word or two are read as English (round 40)', () => {
  it('"how many times 一天?" names no topic of its own', () => {
    expect(keyWords('how many times 一天?')).toEqual([]);
  });
  it('a Latin word inside Chinese is still a topic', () => {
    expect(keyWords('宝宝wifi辐射')).toContain('wifi');
  });
});

describe('a first session spoken of is no pick from a list (round 40, pol40e)', () => {
  it('"during the first session, can I wait in the café next door?" asks, it does not book', () => {
    expect(understand("It's her first time at a point. During the first session, can I wait in the café next door?", ctx).intent).toBe('knowledge');
  });
  it.each(['book the first session', 'the first session please'])('"%s" still picks the first', (text) => {
    expect(understand(text, { ...ctx, searching: true }).slots.ordinal).toBe(1);
  });
});
