import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

/** Round 44 (pol44): service questions that carry day or booking words are questions, on Wednesday 25 Nov 2026 in Xiamen. */
const now = new Date('2026-11-25T10:00:00+08:00');
const tz = 'Asia/Shanghai';
const read = (text: string) => understand(text, { now, timeZone: tz });

describe('a question about the service is answered, not searched', () => {
  it.each([
    "I booked saturday morning and saturday afternoon for my son and now sunday won't go through. why??",
    "is this something I can use every weekday while I'm at work? like a normal daycare?",
    "the point near our flat has a sign saying it's a community shared point. can I leave my daughter there on saturdays?",
    "how do they decide where to open a point? there's nothing in our village in xiang'an, can we ask for one?",
    "my son is 2 and his sister is 5. can she come along to saturday care with him so they're together?",
    'can she drop him off at the saturday half-day care instead of me?',
    'can I just send you a voice message to book? typing in english is hard for me',
    'I changed my phone number. do I need to update it somewhere? will I lose my bookings?',
    '為什麼我約了週六上午跟下午，再約週日就約不了？',
    '今天我兒子在臨托有沒有吃點心？有沒有哭？',
    '我阿嬤不會打字，可以傳語音訊息給你預約嗎？',
    'weekend care是每个point都有吗？我家楼下那个写着社区共享型',
  ])('%s', (text) => {
    expect(read(text).intent).toBe('knowledge');
  });
});

describe('places asked for stay a search', () => {
  it.each(['ok so where can I leave her on saturday in huli?', '周六上午湖里有位吗', 'any places at a community shared point on Saturday?'])('%s', (text) => {
    expect(read(text).intent).toBe('find_slots');
  });
  it("a point's phone number is still asked of the point", () => {
    expect(read("what's the phone number of the huli point?").intent).toBe('point_info');
  });
});
