import { describe, expect, it } from 'vitest';
import { askedRules } from '../../src/nlu/ruleQuestions.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 43 (pol43): service questions that carry booking words are questions, on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const tz = 'Asia/Shanghai';
const read = (text: string) => understand(text, { now, timeZone: tz });

describe('a question about the service is answered, not searched or booked', () => {
  it.each([
    '我有两个娃 一个1岁一个2岁半 能约同一个时段一起去吗',
    '我是奶奶 能用我自己手机给孙子预约吗 他妈妈已经登记过了',
    '我妈想用她的phone帮我儿子预约，可以吗？我已经register过了',
    '为什么下午总有位置 上午老是约不到',
    '我有保育員證，想去服務點當老師或志工，要找誰？',
    'my son is 35 months old, can he still come to saturday temporary care? what happens when he turns 3?',
    'whats the name of the teacher at the saturday morning session in jimei? my son keeps talking about her',
    'I run a private daycare in Jimei. How can we become one of the Ailin Huyou points?',
    'what happens after I complain? will the carer know it was me',
  ])('%s', (text) => {
    expect(read(text).intent).toBe('knowledge');
  });
});

describe('places asked for stay a search', () => {
  it.each(['宝宝35个月 周六能约吗', '离地铁一号线吕厝站最近的服务点是哪个'])('%s', (text) => {
    expect(read(text).intent).toBe('find_slots');
  });
  it('how to get there by metro stays a question for the point', () => {
    expect(read('地铁哪一站最近').intent).not.toBe('find_slots');
  });
  it('a registration asked for is still one', () => {
    expect(read('I want to register my son').intent).toBe('register_child');
  });
});

describe('whether later sessions are out yet asks when booking opens', () => {
  it.each(['下个月的schedule出来了吗', 'is the January timetable out yet?'])('%s', (text) => {
    expect(askedRules(text)).toContain('bookingOpens');
  });
});
