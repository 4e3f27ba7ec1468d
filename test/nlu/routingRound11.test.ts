import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

describe('what a child may bring, asked with a day or the point named, is a question', () => {
  it.each([
    '周日去托育点 可以带她的小兔子玩偶吗',
    '這週六送過去 能讓他帶自己的小被子嗎',
    'can he take his teddy to the point on Sunday?',
    'Is she allowed to bring her blankie along on Saturday?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('what the staff check or need to hear is a question, not a person asked for or a search', () => {
  it.each([
    '送孩子过去的时候 老师会检查什么',
    '禮拜天第一次去 要跟老師交代什麼',
    'this weekend, what should I tell the carers about her naps?',
    'what do they check when we arrive on Saturday?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a person asked for in so many words stays a request for staff', () => {
    expect(understand('帮我转人工 我想跟工作人员说一下孩子的情况', ctx).intent).toBe('human');
  });
});

describe('joining a waitlist during a no-show pause is the pause rule asked', () => {
  it.each(['账号被暂停了 还能排候补吗', '暫停期間可以候補嗎', "We're suspended for no-shows, can we still join a waitlist?"])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('joining a waitlist without a pause still joins', () => {
    expect(understand('帮我排候补', ctx).intent).toBe('join_waitlist');
  });
});

describe('registering a baby not born yet, or for kindergarten, is outside child registration', () => {
  it.each([
    ['还没出生 可以先登记宝宝吗', 'unborn'],
    ['I am expecting in March - can I register the baby now?', 'unborn'],
    ['想帮儿子报名后年的幼儿园', 'school'],
    ['sign him up for kindergarten please', 'school'],
  ] as const)('%s', (text, kind) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('out_of_scope');
    expect(u.slots.outOfScopeRequest).toBe(kind);
  });
  it('a pregnant parent booking an older child is still searching', () => {
    expect(understand('我怀孕了 想给老大约这周六湖里的半日托', ctx).intent).toMatch(/find_slots|book/);
    expect(understand("I'm pregnant, can I book Leo for Saturday in Huli?", { ...ctx, childNames: ['Leo'] }).intent).toMatch(/find_slots|book/);
  });
});

describe('who the carers are is a question, not a search', () => {
  it.each(['托育点有没有男老师', '照顾孩子的都是女的吗', 'Are there any male carers at the Huli point?'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('searches with a day or a place stay searches', () => {
  it.each(['这周六上午思明还有半日托吗', '幫我預約這週六海滄的半日托', 'Any half-day spots in Huli this Saturday morning?', '这周六 Siming 上午有slot吗'])(
    '%s',
    (text) => {
      expect(understand(text, ctx).intent).toMatch(/find_slots|book/);
    },
  );
});
