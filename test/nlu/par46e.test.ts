import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { tellsFamilyCare } from '../../src/nlu/familyCareTold.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 46, par46e: a bad-air day is the setting of a question about the child, like the weather — "today" in it is not
// a day to search for places.
describe('air quality asked about the child (par46e)', () => {
  it.each(['今天AQI 200 女儿2岁 出门要戴口罩吗', '今天空气污染 宝宝10个月 能下楼玩吗', '今天雾霾 宝宝一岁半 可以出去吗'])('"%s" → a question', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('a session asked for on a bad-air day is still a search', () => {
    expect(understand('今天空气不好 还能约周六上午吗', ctx).intent).toBe('find_slots');
  });
});

// The family's own weekday care, told as the setting ("my parents look after him on weekdays…"), is not a question about
// weekday care at the points; carers who can't leave that question open.
describe('family care told (par46e)', () => {
  const told = (t: string) => tellsFamilyCare(normalizeText(toSimplified(t.toLowerCase())));
  it.each([
    'the grandparents look after her on weekdays and she naps late, is that ok?',
    'my in-laws mind him Monday to Friday and give him sweets all day',
    '平日奶奶带孩子 一直开着电视 怎么说比较好',
    '工作日外婆帮忙带娃 老是追着喂饭',
  ])('"%s" tells it', (t) => {
    expect(told(t)).toBe(true);
  });
  it.each(['老人带不了 平日可以托吗', 'do you have weekday childcare? we both work', 'can someone look after her on weekdays?'])('"%s" does not', (t) => {
    expect(told(t)).toBe(false);
  });
});
