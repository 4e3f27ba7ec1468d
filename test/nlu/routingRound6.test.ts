import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

describe('a day and a kind of care told before a question about the service are its setting, not a search', () => {
  it.each([
    '這週六下午的臨時托 如果孩子感冒了還能去嗎',
    '周日下午临时托 孩子有点咳嗽还能送过去吗',
    '这周六上午的半日托 要给孩子带什么东西',
    '周末临时托 接孩子的时候可以让爷爷去接吗',
    '下周日的半日托 宝宝流鼻涕可以去吗',
    '宝宝有点runny nose 周日temporary care还能去吗',
    'Sunday afternoon temporary care - she has a stuffy nose, is that ok?',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.some((r) => r.intent === 'find_slots' || r.intent === 'book') ?? false).toBe(false);
  });

  it.each(['這週六下午有臨時托嗎', '周六上午湖里有半日托吗', '周日下午临时托 还有位置吗', '周六上午湖里 要带什么'])('%s still searches', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('find_slots');
  });
});

describe('how long chats and booking history are kept is a question, whatever words it borrows', () => {
  it.each(['chat记录你们keep多久', '聊天記錄你們save多久', 'How long do you keep my booking history and messages?'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it.each(['我的预约', 'show my bookings'])('%s is still a look-up', (text) => {
    expect(understand(text, ctx).intent).toBe('my_bookings');
  });
});
