import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { understand } from '../../src/nlu/understand.ts';
import { addsDetail, asksComplaintOutcome, asksWhatNext, servedWithTicketOpen } from '../../src/conversation/dialogue/escalate.ts';
import { reachesMonthsOn } from '../../src/conversation/search/runSearch.ts';

/** Round 14, honesty and reaching a person: what a parent's words ask for (Wednesday 25 Nov 2026 in Xiamen). */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };

describe('a person asked for in frustration', () => {
  it.each(['你听不懂我的意思 换个人来跟我说', '不要再給我自動回覆了 我要跟真正的人講話', "I'd rather talk to someone who actually works there, not a bot"])(
    '%s',
    (text) => {
      expect(understand(text, ctx).intent).toBe('human');
    },
  );
});

describe('a booking refused or dropped by the point is a complaint, not a rule or a cancel', () => {
  it.each([
    '上禮拜預約了五緣灣的臨時托 結果我們遲到五分鐘老師就不收 位子直接給別人了 很誇張',
    'They cancelled it on us twenty minutes before it started. No message, nothing. We were already in the taxi.',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
  it.each(['迟到了老师还收吗', '六个月以下不收吗', '你们收不收6个月的'])('%s stays a question', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });
});

describe('what comes after a complaint, asked while it is with staff', () => {
  it.each(['那处理完我还是不满意呢', '那如果處理完我還是不滿意呢', '那处理完我还是不happy怎么办', "And if I'm still not happy with how they deal with it?"])(
    '%s asks about the outcome',
    (text) => {
      expect(asksComplaintOutcome(text)).toBe(true);
      expect(servedWithTicketOpen(text)).toBe(true);
    },
  );
  it.each(['宝宝还不满6个月能送吗', '老师态度太差了 我很不满意'])('%s does not', (text) => {
    expect(asksComplaintOutcome(text)).toBe(false);
  });
  it.each(['What happens now?', '那接下来怎么办', '然后呢'])('%s asks what happens next', (text) => {
    expect(asksWhatNext(text)).toBe(true);
  });
  it.each(['補充一下 是禮拜天江頭下午那場 編號我等一下找給你', '还有一点 孩子对鸡蛋过敏', 'also, it was the Sunday session'])('%s adds detail', (text) => {
    expect(addsDetail(text)).toBe(true);
  });
  it.each(['补充一下 周六还能约吗', '周六湖里还有位吗'])('%s is not only detail', (text) => {
    expect(addsDetail(text)).toBe(false);
  });
  it('"算了 我自己打电话问好了 不用了" is done with; "算了 还是给我转人工" is not', () => {
    expect(servedWithTicketOpen('算了 我已經自己打電話問好了 不用了')).toBe(true);
    expect(servedWithTicketOpen('算了 不用了 还是给我转人工')).toBe(false);
  });
});

describe("what a point's rooms have or what paperwork it issues: said to be unknown, not searched or answered nearby", () => {
  it.each([
    '能不能给我开个证明 写孩子周六在你们托育点 我单位请假要用',
    '江頭那邊有沒有哺乳室 禮拜六帶老大去上課 我想順便餵小的',
    'Are the rooms at Jialian air-conditioned? It is still warm',
    '这周六下午的临时托 那边有没有空调 孩子很怕热',
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('out_of_scope');
    expect(u.slots.outOfScopeRequest).toBe('facility');
  });
  it.each(['宝宝晚上睡觉开空调会不会感冒', 'is it ok to use air con at night for the baby', '需要开疫苗证明吗'])(
    '%s is a parenting or policy question',
    (text) => {
      expect(understand(text, ctx).slots.outOfScopeRequest).toBeUndefined();
    },
  );
});

describe('a day of the month with a weekday that fits only next month', () => {
  it('"那26号周六呢" on 25 Nov is Saturday 26 December', () => {
    const d = parseDates('那26号周六呢 湖里的', now, 'Asia/Shanghai');
    expect(d.dateRange).toEqual({ from: '2026-12-26', to: '2026-12-26' });
    expect(d.conflict).toBeUndefined();
  });
  it('"上周六21号" is still the Saturday just past', () => {
    expect(parseDates('上周六21号', now, 'Asia/Shanghai').dateRange?.from).toBe('2026-11-21');
  });
  it('"周一26号" still says which day was read', () => {
    expect(parseDates('周一26号', now, 'Asia/Shanghai').conflict).toBeDefined();
  });
});

describe('the day a baby is old enough', () => {
  it.each([
    ['2026-06-20', 6, '2026-12-20'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2025-12-15', 12, '2026-12-15'],
  ])('born %s, %i months on %s', (birth, months, day) => {
    expect(reachesMonthsOn(birth, months)).toBe(day);
  });
});
