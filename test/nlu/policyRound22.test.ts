import { describe, expect, it } from 'vitest';
import { parseOrdinal } from '../../src/nlu/parseOrdinal.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Round 22 (cov22p): policy questions read as searches or bookings — cameras, a diagnosed condition with a kind of care,
// a same-day booking asked about, a drop-off check after an answer, "第三方" read as the third item of a list.
describe('policy questions with booking words are questions', () => {
  it.each([
    '服務點教室有裝監視器嗎 爸媽能不能看實時畫面',
    'do the rooms have cameras? can parents see a live feed?',
    '女兒有哮喘 醫生確診的 禮拜六可以送半日托嗎',
    '我儿子有先天性心脏病 做过手术 能送去临时托吗',
    'my son has a heart condition, diagnosed at birth. can he do temporary care?',
    'is same-day booking possible for the weekend care?',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.some((r) => r.intent === 'find_slots' || r.intent === 'book') ?? false).toBe(false);
  });

  it('what the drop-off check looks at, asked after an answer, is a question', () => {
    expect(understand('那上午到了以后老师会查些什么', { ...ctx, previousIntent: 'knowledge' }).intent).toBe('knowledge');
  });

  it('a third party is not the third item of a list', () => {
    expect(parseOrdinal('资料会给第三方看吗')).toBeUndefined();
    expect(parseOrdinal('约第三个')).toBe(3);
    expect(understand('孩子的信息会不会提供给第三方 聊天记录留多久', ctx).intent).toBe('knowledge');
  });

  it('places asked for stay searches', () => {
    expect(understand('周六上午湖里还有位吗', ctx).intent).toBe('find_slots');
    expect(understand('book Saturday morning in Huli', ctx).intent).toBe('book');
  });
});
