import { describe, expect, it } from 'vitest';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';
import { renderRules } from '../../src/knowledge/renderRules.ts';
import { defaultConfig } from '../../src/config/config.ts';

/** Round 45 (pol45): service questions that carry a day, a place or a booking word, on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const tz = 'Asia/Shanghai';
const read = (text: string) => understand(text, { now, timeZone: tz });

describe('a question about the service is answered, not searched, booked or ticketed', () => {
  it.each([
    '周六那个半日托大人能不能在旁边陪着啊 娃没离开过我',
    '半日托 parents可以stay吗 还是drop off就走',
    '你们这个服务点是咋选的地方啊 我们小区能不能也开一个',
    '我们小区物业有空房子 想推荐一下咋弄',
    '为啥现在好多点都改成下午开了 上午的位置以后会多点吗',
    '那我约好了让她送过去行不',
    '感统class具体做啥 my son is 2',
    'Ethan和Lily same Saturday morning 一个去集美一个去湖里 可以吗',
    '不是投诉啊 就是提个建议 提醒消息里能不能把点的地址和门牌也带上',
    "not a complaint at all, just a suggestion: it'd be great if the carers wrote two lines at pickup",
    'my employer wants a certificate that my son is enrolled in childcare. can you issue one?',
    'I booked saturday for Mia but it was supposed to be Ben. can you switch it to Ben?',
    'will one open near us next year?',
  ])('%s', (text) => {
    expect(read(text).intent).toBe('knowledge');
  });
  it('the carers phoning, asked in its own clause, is no request for a person', () => {
    expect((read('孩子要是一直哭 哭很久 老师会打电话叫我去接吗').requests ?? []).map((q) => q.intent)).not.toContain('human');
  });
  it("the family's bookings asked to be listed", () => {
    expect(read('can you at least show me a list of his bookings?').intent).toBe('my_bookings');
  });
});

describe('still what they were', () => {
  it.each([
    ['周六上午湖里有位吗', 'find_slots'],
    ['那周日呢 有位吗', 'find_slots'],
    ['我要投诉 上周六老师态度很差', 'complaint'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
  it('a space between two questions still splits them', () => {
    expect(splitSegments('周六上午有位吗 孩子咳嗽能去吗').length).toBeGreaterThan(1);
  });
});

describe('the reminder time comes from the configuration', () => {
  it('{{rules.reminderTime}} is REMINDER_TIME', () => {
    expect(renderRules('{{rules.reminderTime}}', defaultConfig({ REMINDER_TIME: '17:30' }).booking, 'x.md')).toBe('17:30');
  });
});
