import { describe, expect, it } from 'vitest';
import { parseClockTime } from '../../src/nlu/parsePartOfDay.ts';
import { understand } from '../../src/nlu/understand.ts';
import { findNegations } from '../../src/nlu/findNegations.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';

describe('parseClockTime: the start time a parent picks a session by', () => {
  it.each([
    ['两点半那个吧', '14:30'],
    ['下午一點那個好了', '13:00'],
    ['都約兩點半那個', '14:30'],
    ['那个2点半的 book一下', '14:30'],
    ['9点那场', '09:00'],
    ['十点那节课', '10:00'],
    ['the 2:30 one please', '14:30'],
    ['Great, Jiangtou at 2:30 please', '14:30'],
    ['the 9am one', '09:00'],
    ['3pm class', '15:00'],
    ['14:30', '14:30'],
  ])('%s → %s', (text, time) => {
    expect(parseClockTime(text)).toBe(time);
  });

  it.each(['第二个', '12月5号', '早一点的', '快一点', 'book 2', 'the second one'])('%s has no clock time', (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });
});

describe('cancel and rebook in one message is one move', () => {
  const now = new Date('2026-11-25T10:00:00+08:00');
  const ctx = (childNames: string[]) => ({ now, timeZone: 'Asia/Shanghai', childNames });
  it.each([
    ["Cancel Olivia's Saturday and rebook her for Sunday morning, same place", ['Olivia', 'Jack'], 'Olivia'],
    ['Kevin周六的cancel 改book周日上午 same place', ['Anna', 'Kevin'], 'Kevin'],
  ])('%s', (text, names, child) => {
    const u = understand(text, ctx(names));
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedFrom).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(u.slots.dateRange).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    expect(u.slots.movedChild?.name).toBe(child);
  });
});

describe('a correction said with 講錯了 / 写错了', () => {
  it.each(['歹勢 講錯了 是下午啦', '不好意思 写错了 是周日'])('%s corrects', (text) => {
    expect(findNegations(prepareText(text)).correction).toBe(true);
  });
});
