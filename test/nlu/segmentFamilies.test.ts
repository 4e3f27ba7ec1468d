import { describe, expect, it } from 'vitest';
import { SEGMENT_FAMILY_RULES, type SegmentView, segmentFamily } from '../../src/nlu/segmentFamilies.ts';
import type { Reading } from '../../src/nlu/ReinterpretRule.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const reading = (intent: Reading['intent'], slots: Reading['slots'] = {}, confidence = 0.8): Reading => ({ intent, confidence, slots });
const saturday = { dateRange: { from: '2026-11-28', to: '2026-11-28' } } as unknown as Reading['slots'];

function view(over: Partial<SegmentView>): SegmentView {
  return { prepared: '', r: reading('knowledge'), t: '', whole: reading('knowledge'), parts: [], ctx, ...over };
}

describe('segment family rules', () => {
  it('are named once each', () => {
    const names = SEGMENT_FAMILY_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps a search with something to search for a request of its own', () => {
    const v = view({
      prepared: '周六上午湖里有位吗',
      t: '周六上午湖里有位吗',
      r: reading('find_slots', { ...saturday, district: 'huli' }),
      whole: reading('find_slots'),
    });
    expect(segmentFamily(v)).toEqual({ family: 'booking', searchFor: false });
  });

  it('joins "can she still go" to the health question before it', () => {
    const before = { text: '早上量了37.4度', family: 'question' as const, ...reading('knowledge') };
    const v = view({ prepared: '今天还能送去托育吗', r: reading('find_slots', saturday), parts: [before] });
    expect(segmentFamily(v).family).toBe('other');
  });

  it('reads the child taken along after a search as whom the search is for', () => {
    const search = { text: '拜六下午湖里有位无', family: 'booking' as const, ...reading('find_slots', { ...saturday, district: 'huli' }) };
    const v = view({ prepared: '要带阮孙仔去 伊两岁', r: reading('knowledge', {}, 0.5), whole: reading('find_slots'), parts: [search] });
    expect(segmentFamily(v)).toEqual({ family: 'other', searchFor: true });
  });

  it('keeps a named cancellation a request even when unsure', () => {
    const v = view({ prepared: '大宝周六的取消', r: reading('cancel', saturday, 0.5) });
    expect(segmentFamily(v).family).toBe('booking');
    expect(segmentFamily(view({ prepared: '周六的吧', r: reading('cancel', {}, 0.5) })).family).toBe('other');
  });
});

describe('a cancellation, then the day looked for instead', () => {
  const now = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
  it('"cancel it and find us something sunday instead" moves Saturday to Sunday; it never cancels Sunday', async () => {
    const { understand } = await import('../../src/nlu/understand.ts');
    const u = understand("can't do saturday anymore, please cancel it and find us something sunday instead", now);
    expect(u.intent).toBe('reschedule');
    expect(u.slots.movedFrom?.from).toBe('2026-11-28');
    expect(u.slots.dateRange?.from).toBe('2026-11-29');
  });
  it('"周六去不了了 帮我取消 然后看看周日有没有": the Saturday cancellation and a Sunday search, two requests', async () => {
    const { understand } = await import('../../src/nlu/understand.ts');
    const u = understand('周六去不了了 帮我取消 然后看看周日有没有', now);
    expect(u.requests?.map((x) => x.intent)).toEqual(['cancel', 'find_slots']);
    expect(u.requests?.[0]?.slots.dateRange?.from).toBe('2026-11-28');
    expect(u.requests?.[1]?.slots.dateRange?.from).toBe('2026-11-29');
  });
});
