import { describe, expect, it } from 'vitest';
import { parseOutsideRequest } from '../../src/nlu/parseOutsideRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

/** Round 51, par51e: English and mixed-language parenting messages that were read as something else. */
describe('par51e: the child getting angry is no complaint', () => {
  it.each([
    'when my 2 year old gets angry he bangs his head on the floor, hard. it scares me. what should i do?',
    'my 2yo gets so angry when we leave the park, how do I handle it',
    'our toddler gets really angry when the ipad goes off',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });

  it.each(['the carer got angry at my son', 'the teacher was angry and yelled at her'])('a carer angry is still a complaint: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});

describe('par51e: taking a nappy off is no pick from a list', () => {
  it.each(['what about at night, do we take the nappy off at night too?', 'when can we take the diapers off for good?'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('book');
  });

  it.each(['ok take the sunday one', 'take the one at jiangtou'])('picking still books: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('book');
  });
});

describe('par51e: whether lessons are worth it is a parenting question', () => {
  it.each(['is it worth doing baby swimming lessons with our 14 month old?', 'are swim classes a good idea for my 18 month old?', '宝宝一岁 游泳课值得上吗'])(
    '%s',
    (text) => {
      expect(parseOutsideRequest(prepareText(text))).toBeUndefined();
    },
  );

  it.each(['can you book her swimming lessons for saturday?', '帮我约周六的游泳课'])('asked to book, still outside: %s', (text) => {
    expect(parseOutsideRequest(prepareText(text))).toBe('lessons');
  });
});
