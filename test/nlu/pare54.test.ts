import { describe, expect, it } from 'vitest';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 54, pare54: English and code-mixed parenting questions; Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe("the family's own plan (a move, a trip) told before a question about the child is its setting, not a search", () => {
  it.each([
    "We're moving to a new apartment in Huli next Saturday. Our 2 year old is quite sensitive to change. What can we do to make the move easier for her?",
    "we are moving house on Sunday. she's 2 and hates change. how can we help her settle in the new place?",
    '我们下周六要搬家到湖里。孩子两岁，很怕变化，怎么让他适应新家？',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect((u.requests ?? []).map((r) => r.intent)).not.toContain('find_slots');
  });
  it('a plan told beside a request for places stays a search', () => {
    expect(understand("We're going to Huli on Saturday. Any places? what should we bring", ctx).intent).toBe('find_slots');
    expect(understand('周六湖里有位吗？要带什么', ctx).intent).toBe('find_slots');
  });
});

describe('English words inside Chinese read as the documents say them (skin care, naps, shyness)', () => {
  it.each([
    ['wanna ask 湿疹 的 daily care，洗澡 how often 比较好，要不要每天擦 cream', ['护理', '多久一次', '保湿霜']],
    ['他 refuses 午睡 now，是不是 ready to drop the nap了', ['不肯', '戒午睡']],
    ['宝宝很害羞 with strangers，要不要 force 他 say hi', ['陌生人', '逼', '打招呼']],
  ])('%s', (text, words) => {
    const read = readCodeSwitched(text);
    for (const w of words) expect(read).toContain(w);
  });
  it('"throw up" stays vomiting and a rash cream stays with the rash', () => {
    expect(readCodeSwitched('宝宝 throw up 了两次')).toContain('呕吐');
    expect(readCodeSwitched('diaper rash cream 选 氧化锌')).not.toContain('保湿霜');
  });
});
