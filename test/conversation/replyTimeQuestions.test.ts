import { describe, expect, it } from 'vitest';
// The registry first: the dialogue modules and the tools import each other.
import '../../src/conversation/tools/toolRegistry.ts';
import { asksReplyTime, asksTicketTime } from '../../src/conversation/dialogue/escalate.ts';
import { HOW_FAR_AHEAD } from '../../src/conversation/dialogue/intents/questionIntents.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/** A reply-time question is about staff or replies, not any "when" (issue 14 item 6). */
describe('questions about when staff reply', () => {
  it.each([
    '大概什么时候有人联系我',
    '一般多久会回复',
    '你们客服几点下班啊',
    '客服都幾點會回訊息',
    '有人在吗 怎么都没人回',
    'when will they get back to me?',
    'how fast do your staff usually reply?',
    "what are your staff's working hours?",
    'when will someone contact me',
    'is anyone there?',
    '你们晚上有人值班吗',
    '工单提交了多久有回复',
    'is customer service available at night?',
  ])('"%s" asks when staff answer', (text) => {
    expect(asksReplyTime(text)).toBe(true);
  });

  it.each([
    'and when do they usually drop to just one?',
    'ok and when do they usually switch to one?',
    'when do they start walking?',
    'how long should a nap be at 10 months?',
    '那一般什么时候变成一天只睡一觉',
    '一般什么时候开始长牙',
    '大概什么时候可以断夜奶',
  ])('"%s" is about the child, not staff', (text) => {
    expect(asksReplyTime(text)).toBe(false);
  });

  it.each(['要等多久', 'how long does that usually take?', 'any update? it has been a while', '有消息了吗', '怎么样了'])(
    'with a request already with staff, "%s" asks about it',
    (text) => {
      expect(asksTicketTime(text)).toBe(true);
    },
  );
});

describe('how far ahead booking is possible', () => {
  const asks = (text: string) => HOW_FAR_AHEAD.test(normalizeText(toSimplified(text)));
  it.each([
    '你们这个可以提前三个礼拜约吗',
    '能 book 三个礼拜以后的吗',
    '最远能约到哪天',
    '請問最早可以提前幾天預約',
    'How far in advance can we book?',
    'can I book 3 weeks ahead?',
  ])('"%s" asks the booking window', (text) => {
    expect(asks(text)).toBe(true);
  });
  it.each(['周六上午湖里有位吗', '提前多久到比较好', 'how long is the half day?'])('"%s" does not', (text) => {
    expect(asks(text)).toBe(false);
  });
});

/** "有人回了吗" is about a request already with staff; with nothing open, "有人回我吗" is someone looking for a person. */
describe('has anyone replied', () => {
  it.each(['有人回了吗', '有人回我嗎', '客服回复了没', 'has anyone replied?', 'has anybody answered yet?'])('%s asks about an open request', (text) => {
    expect(asksTicketTime(text)).toBe(true);
    expect(asksReplyTime(text)).toBe(false);
  });
});
