import { describe, expect, it } from 'vitest';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { parsePartOfDay } from '../../src/nlu/parsePartOfDay.ts';
import type { UnderstandContext } from '../../src/nlu/types.ts';
import { understand } from '../../src/nlu/understand.ts';

/**
 * Round 36 (par36e): parenting stories in expat and learner's English, and English inside Chinese.
 */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' } as UnderstandContext;

describe('a decimal right after a child is an age, not a date', () => {
  it.each(['my daughter 2.5 screams about an hour after falling asleep', 'our son 1.5 still not talking', '女儿2.5 晚上老醒'])('%s', (text) => {
    expect(parseDates(text, now, 'Asia/Shanghai').dateRange).toBeUndefined();
  });
  it('still reads a month.day date', () => {
    expect(parseDates('12.5 上午有位吗', now, 'Asia/Shanghai').dateRange).toEqual({ from: '2026-12-05', to: '2026-12-05' });
  });
});

describe('the morning after a night is no session', () => {
  it.each(['she screams at night and next morning she remembers nothing', '半夜哭 第二天早上都不记得'])('%s', (text) => {
    expect(parsePartOfDay(text)).toBeUndefined();
  });
  it('a Saturday morning is still one', () => {
    expect(parsePartOfDay('next saturday morning is there a place')).toBe('morning');
  });
});

describe('a night-terror story is a question, not a booking or a child named 不醒', () => {
  it.each([
    "my daughter 2.5 screams about an hour after falling asleep, eyes open, thrashing, doesn't seem to recognise me and next morning she remembers nothing. is it nightmares?",
    '孩子 2 岁半 night terror 还是 nightmare? 每天半夜 scream 叫不醒, 第二天都不记得',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.slots.dateRange).toBeUndefined();
    expect(u.slots.childName).toBeUndefined();
  });
});

describe('advice nobody gave in China is no complaint', () => {
  it('reads the vitamin D question as a question', () => {
    expect(understand('is my breastfed 3 month old supposed to be getting vitamin D drops? nobody told us anything here', ctx).intent).toBe('knowledge');
  });
  it('a point that told nobody is still one', () => {
    expect(understand('the session started 40 minutes late and no one told us', ctx).intent).toBe('complaint');
  });
});

describe('English inside Chinese read with the documents’ words', () => {
  it.each([
    ['laolao 说 baby 要多穿, 但 Xiamen 30 度 he gets 痱子 heat rash', /姥姥.*宝宝.*厦门.*痱子 痱子/],
    ['ayi 给 baby 喂米糊 at 4 months, is it ok?', /保姆 给 宝宝 喂米糊 at 4 个月, 可以吗/],
    ['大便硬 like rabbit poop', /羊屎蛋/],
    ['night terror 还是 nightmare? 半夜 scream', /夜惊 还是 噩梦\? 半夜 尖叫/],
  ])('%s', (text, read) => {
    expect(readCodeSwitched(text)).toMatch(read);
  });
});
