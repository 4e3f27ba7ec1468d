import { describe, expect, it } from 'vitest';
import { parsePartOfDay } from '../../src/nlu/parsePartOfDay.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe("the times of a child's day are not a session's part of day", () => {
  it.each(['女儿晚上十点才睡 早上七点起', '早上6点就醒了', 'she wakes at 6am every day', 'he naps at 1pm'])('%s', (text) => {
    expect(parsePartOfDay(text)).toBeUndefined();
  });
  it.each([
    ['周六上午有位吗', 'morning'],
    ['周六早上9点有吗', 'morning'],
    ['sat 10am any spots', 'morning'],
    ['周日下午两点以后', 'afternoon'],
  ] as const)('%s is still %s', (text, part) => {
    expect(parsePartOfDay(text)).toBe(part);
  });
  it('"女儿晚上十点才睡 早上七点起 中午不睡 够吗 两岁" is a sleep question, not a search', () => {
    expect(understand('女儿晚上十点才睡 早上七点起 中午不睡 够吗 两岁', ctx).intent).toBe('knowledge');
  });
});
