import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/nlu/detectLanguage.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 46, pol46: service questions that name a day, a district or a booking word stay questions, on Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('questions about the service are not searches, bookings or waitlist requests', () => {
  it.each([
    '明天豪雨特報 拜六的托育會照常嗎',
    '暴雨预警 周六的托育照常吗',
    '我兒子在做早療 發展比較慢 可以參加週末托育嗎 要跟誰說',
    '海滄那個點每個週末都滿 排候補到底有沒有機會',
    '周六老是满 候补的机会大吗',
    '能帮邻居家的小孩约一下周六吗 她妈妈不会用手机',
    'booking reminder我没收到 一般几点发提醒啊',
    '约好了以后会提前提醒我吗 一般几点发提醒',
    'what ages are the weekday sensory classes for',
    'ok so what are my chances on the waitlist',
    'what are the odds on the waitlist for saturday mornings',
    'can i book a spot for my neighbours kid? shes 2, her mum doesnt have telegram',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it.each([
    ['周六满了 帮我排候补', 'join_waitlist'],
    ['put me on the waitlist for saturday', 'join_waitlist'],
    ['周六湖里有位吗', 'find_slots'],
  ])('a request stays a request: %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });
});

describe('words', () => {
  it('"chances" is not corrected to "cancel"', () => {
    expect(prepareText('what are my chances on the waitlist')).toContain('chances');
  });
  it('a question asked with 啥 around English nouns is Chinese', () => {
    expect(detectLanguage('感统class具体做啥 my son is 2')).toBe('zh');
    expect(detectLanguage('why is every saturday morning slot full?? 下午 seems empty lol')).toBe('en');
  });
});
