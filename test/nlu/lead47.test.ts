import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const u = (t: string) => understand(t, ctx);

describe('the language of the classes asked is no request to switch (classLanguageAsked.ts)', () => {
  it.each(['上課是講國語還是英文', 'weekday的class是用英文上的吗', 'do the teachers speak english?', 'is the music class held in english?'])(
    '%s → a question, no language slot',
    (t) => {
      const r = u(t);
      expect(r.intent).toBe('knowledge');
      expect(r.slots.language).toBeUndefined();
    },
  );
  it.each(['do you speak english?', '以后请讲英文', '老师 请用英文回复我', 'can you reply in english please'])('%s → still a switch', (t) => {
    expect(u(t).intent).toBe('switch_language');
  });
});

describe('getting into a point asked is no search (accessAsked.ts)', () => {
  it.each([
    '婆婆坐轮椅 那个点有电梯吗',
    '推婴儿车进得去吗 有没有台阶',
    'is there a lift for the stroller at the huli point?',
    'can my mum who is in a wheelchair collect him',
  ])('%s → a question', (t) => {
    expect(u(t).intent).toBe('knowledge');
  });
  it('places asked for with a pram stay a search', () => {
    expect(u('湖里周六有没有位置 我推婴儿车去').intent).toBe('find_slots');
  });
});
