import { describe, expect, it } from 'vitest';
import { parsePlace, placeMovedTo } from '../../src/nlu/parsePlace.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const place = (text: string) => parsePlace(prepareText(text)).district;

// A family that moved names the district they left and the one they live in now; the search is for the new home.
describe('the district a family left is not the one they ask about', () => {
  it.each([
    ['我們上個月剛從思明搬到海滄 新家附近這週六上午有半日托嗎', 'haicang'],
    ['以前住湖里 现在住集美了 周日下午有没有临时托', 'jimei'],
    ['原来在同安 现在在翔安 周六有位吗', 'xiangan'],
    ["we used to live in Siming but moved out to Xiang'an last month", 'xiangan'],
    ['we moved from Huli to Haicang, anything on Sunday?', 'haicang'],
  ])('%s → %s', (text, district) => {
    expect(place(text)).toBe(district);
  });

  it('keeps the search for the new district in a whole reading', () => {
    const u = understand('我们从思明搬到海沧了 这周六上午海沧有半日托吗', ctx);
    expect(u.intent).toBe('find_slots');
    expect(u.slots.district).toBe('haicang');
  });

  it('keeps the first district when none is one the family left', () => {
    expect(place('周六思明和湖里都行')).toBe('siming');
    expect(place('湖里有位吗')).toBe('huli');
  });
});

// Where the family moved to is read with the other place words; the reading rules decide when it is the place asked
// (a search near the new home) and when it is not (cancelling a booking made before the move).
describe('the place a family moved to', () => {
  it.each([
    ['我们刚从思明搬到翔安 以前常去思明那个点 想在新家附近找一个 这周六上午', 'xiangan'],
    ['搬来了海沧 周日有临时托吗', 'haicang'],
    ['we moved over to Jimei last week, anything this Saturday?', 'jimei'],
  ])('%s → %s', (text, district) => {
    expect(placeMovedTo(prepareText(text)).district).toBe(district);
  });

  it('is nothing when no move is told', () => {
    expect(placeMovedTo(prepareText('周六思明和湖里都行')).district).toBeUndefined();
  });

  it('searches near the new home, even when the old district is named again', () => {
    const u = understand('我们刚从思明搬到翔安 以前常去思明那个点 想在翔安新家附近找一个 这周六上午', ctx);
    expect(u.slots.district).toBe('xiangan');
  });

  it('cancels the booking made before the move where it was made', () => {
    const u = understand('我们月底搬到同安了 原来约的思明周六那个帮我取消吧', ctx);
    expect(u.intent).toBe('cancel');
    expect(u.slots.district).toBe('siming');
  });
});
