import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import type { Intent } from '../../src/nlu/types.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

const read = (text: string, more: { previousIntent?: Intent; searching?: boolean } = {}) => understand(text, { ...ctx, ...more });
const searches = (text: string) => {
  const u = read(text);
  return u.intent === 'find_slots' || u.intent === 'book' || (u.requests ?? []).some((r) => r.intent === 'find_slots' || r.intent === 'book');
};
const wantsPerson = (text: string) => {
  const u = read(text);
  return u.intent === 'human' || (u.requests ?? []).some((r) => r.intent === 'human');
};

// Round 35 (pol35): service questions that name a day, a place or a booking word stay questions.
describe('questions about the service that name a day, a place or a booking word', () => {
  it.each([
    '同一个娃 周六去了周日还能再去吗',
    '同一個小孩週六週日可以都去嗎',
    'Can the same kid go on both Saturday and Sunday of the same weekend?',
    'Why are Saturday mornings always booked out when the afternoons are empty?',
    'Why is Sunday morning always sold out?',
    'Where do I park when I drop my daughter off at Wuyuanwan?',
    'Is there a parking spot near the Jiangtou point?',
    '下周六江头的 teacher 会说 English 吗',
    "Is there one of these points inside Zhongshan Hospital, for the staff's kids?",
    '我们医院里面有个职工托育室 那个算不算爱邻护幼的点',
  ])('%s', (text) => {
    expect(searches(text)).toBe(false);
    expect(wantsPerson(text)).toBe(false);
    expect(read(text).intent).toBe('knowledge');
  });

  it('places asked for with a day and a place stay a search', () => {
    expect(searches('周六上午湖里有位吗')).toBe(true);
    expect(searches('周日下午江头还有位子吗')).toBe(true);
    expect(searches('any spots left on Saturday morning in Huli?')).toBe(true);
    expect(searches('周六周日湖里都有位吗')).toBe(true);
  });
});

describe('a grandparent without a smartphone', () => {
  it.each([
    '我妈没有智能手机 只会打电话 她能自己给孙子约周末托吗',
    "My mother-in-law doesn't have a smartphone. Can she still book for my son and drop him off?",
    '奶奶不会用微信 她可以自己预约吗',
  ])('%s is one question, nothing searched or booked, no person called', (text) => {
    expect(searches(text)).toBe(false);
    expect(wantsPerson(text)).toBe(false);
    expect(read(text).intent).toBe('knowledge');
  });

  it('a parent asking for a call or booking for the grandparent still is one', () => {
    expect(wantsPerson('请工作人员给我打电话')).toBe(true);
    expect(searches('奶奶能帮我约周六上午湖里吗')).toBe(true);
  });

  it('staff asked for in English is still a person', () => {
    expect(wantsPerson('can I talk to staff please')).toBe(true);
  });
});
