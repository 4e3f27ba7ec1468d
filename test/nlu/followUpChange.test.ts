import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai', previousIntent: 'knowledge' as const };

// What a follow-up after an answer changes of the question before is read once, by the NLU (followUpChange.ts); the
// answer only asks the reading. Rounds 30 and 34 had these words in the conversation layer.
describe('a follow-up that changes only the age, older or younger, or the district', () => {
  it.each([
    ['what about once he turns one?', 'age'],
    ['那一岁以后呢', 'age'],
    ['那一歲以後呢', 'age'],
    ['那大一点的呢', 'olderOrYounger'],
    ['what about the older ones?', 'olderOrYounger'],
    ['那海沧呢', 'district'],
    ['那海滄呢', 'district'],
    ['and in Haicang?', 'district'],
    ['那晚上呢', 'aspect'],
    ['咁夜晚呢', 'aspect'],
    ['and at night?', 'aspect'],
    ['what about her naps?', 'aspect'],
    ['那出门的时候呢', 'aspect'],
  ])('"%s" → %s', (text, change) => {
    expect(understand(text, ctx).slots.followUpChange).toBe(change);
  });
  it('the district is the slot parsePlace read', () => {
    expect(understand('那海沧呢', ctx).slots.district).toBe('haicang');
  });
  it.each([
    '那海沧周六上午呢',
    '周六上午海沧有位吗',
    '晚上总是醒好几次怎么办',
    'what about naps at the point on Saturday?',
    'what about Haicang on Saturday morning?',
    '那临时托呢',
    '大一点的孩子能吃坚果吗',
  ])('"%s" changes more than that', (text) => {
    expect(understand(text, ctx).slots.followUpChange).toBeUndefined();
  });
});
