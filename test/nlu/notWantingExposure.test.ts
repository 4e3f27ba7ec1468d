import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai', childNames: [] }; // a Wednesday

// 曝光 is a complaint word when a parent threatens to expose a point; a parent who does NOT want
// the child exposed ("我不想曝光") is asking about photos and privacy, not complaining (round 33).
describe('not wanting a child exposed is no complaint', () => {
  it.each(['寶寶的照片會被拿去做宣傳嗎 我不想曝光', '孩子的照片别发出去 我们不想被曝光'])('%s is not a complaint', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });

  it('a threat to expose a point stays a complaint', () => {
    expect(understand('你们再不处理 我就去网上曝光', ctx).intent).toBe('complaint');
  });
});
