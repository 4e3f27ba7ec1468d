import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { OVERWHELMED } from '../../src/conversation/dialogue/answers/parentWords.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const intentOf = (t: string) => understand(t, ctx).intent;

/**
 * "觉得自己是个很差的妈妈", "I feel like a terrible mum": a parent judging themselves is low, not complaining about
 * the service — they get the parent-wellbeing answer and the offer of a person, never "sorry about your experience".
 */
describe('a parent blaming themselves is not a complaint', () => {
  it.each([
    '生完孩子三个月了 每天都想哭 觉得自己是个很差的妈妈 没人能帮我',
    '我是个很差的妈妈吧 老是忍不住吼孩子',
    'I feel like a terrible mum, I cry every day since the baby came',
    "honestly I'm an awful mother, I snapped at him again",
  ])('%s', (t) => {
    expect(intentOf(t)).not.toBe('complaint');
  });

  it.each(['你们老师态度很差', '这个点的服务太差了', 'the staff were terrible today', 'this service is awful'])('still a complaint: %s', (t) => {
    expect(intentOf(t)).toBe('complaint');
  });

  it('reads self-blame as a parent at the end of their tether', () => {
    for (const t of ['觉得自己是个很差的妈妈', '我不是个好妈妈', "I'm a useless mother"]) expect(OVERWHELMED.test(t), t).toBe(true);
  });
});
