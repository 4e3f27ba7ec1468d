import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-12-07T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 52 (parz52): the understanding changes, each worded apart from the probe file. */
describe('a child angrier still after what the parent said is a parenting question, not a grievance', () => {
  it.each(['我叫她让着妹妹 她反倒更生气了', '越跟儿子讲道理 儿子越来越生气', '跟老大说要让着弟弟 老大更加生气'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });
  it.each(['老师对孩子那么凶 我很生气', '我投诉了 你们的工作人员反而更生气了'])('the parent angry at the point still complains: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});

describe('a near day on which the child will do something is the story, not a day to search', () => {
  it.each(['那明天早上她一起床就闹着要吃饼干呢', '那明天上午宝宝一起床就吵着要吃糖呢'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('find_slots');
  });
  it.each(['明天上午有位吗', '明天早上思明还有空位吗'])('a day asked for care still searches: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('find_slots');
  });
});
