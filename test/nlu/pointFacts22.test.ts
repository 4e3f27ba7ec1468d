import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = {
  now: new Date('2026-11-25T02:00:00Z'),
  timeZone: 'Asia/Shanghai',
  points: [
    { code: 'SM-JL', names: ['嘉莲', 'jialian'] },
    { code: 'HL-WY', names: ['五缘湾', 'wuyuanwan'] },
  ],
};

// What only the point knows — how to get there, its outdoor space, something left behind — asked with a point or a day in
// it: said plainly with the point's phone and staff, not a list of sessions nor a neighbouring passage.
describe("a point's own facts asked", () => {
  it.each([
    '請問五緣灣那個點 搭捷運的話是哪一站下車比較近',
    '去江头的服务点坐地铁几号线',
    '想問一下 集美那邊的點有沒有戶外可以跑跳的地方 我兒子很好動',
    'we left her pink water bottle at the point last sunday, how do we get it back?',
    'is there a playground at the huli point?',
    'which metro station is closest to the wuyuanwan point?',
    '上周日把外套落在服务点了 怎么拿回来',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('out_of_scope');
    expect(u.slots.outOfScopeRequest).toBe('facility');
  });

  it('asks about a named carer on a day as a question, not a search', () => {
    expect(understand('嘉莲那边的王老师这周六在不在 孩子只认她', ctx).intent).toBe('knowledge');
    expect(understand('is teacher lin working at jialian on saturday? my son only likes her', ctx).intent).toBe('knowledge');
  });

  it('still searches when places are asked', () => {
    expect(understand('周六上午嘉莲有位吗', ctx).intent).toBe('find_slots');
    expect(understand('周日集美有户外活动的体验课吗', ctx).slots.outOfScopeRequest).toBeUndefined();
  });
});
