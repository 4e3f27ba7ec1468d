import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai', childNames: ['朵朵', 'Mia'] }; // a Wednesday

describe('requests outside the service asked with booking words (round 10)', () => {
  it.each([
    ['能帮我预约一下这周六打疫苗吗 社区医院那边的', 'medical'],
    ['Can you book us a paediatrician appointment for Saturday?', 'medical'],
    ['明年九月要上幼兒園了 要怎麼報名啊', 'school'],
    ['how do we apply for a kindergarten place next year?', 'school'],
    ["Can you book my daughter's swimming lessons for Saturday?", 'lessons'],
    ['周六有没有游泳课可以约', 'lessons'],
    ['能不能帮我找个靠谱的月嫂', 'nanny'],
  ])('%s → out of scope (%s), no search', (text, kind) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('out_of_scope');
    expect(u.slots.outOfScopeRequest).toBe(kind);
  });

  it.each(['打完疫苗能约周六吗', '周六有什么体验课', 'nanny能不能pick up', 'Is there a music class on Saturday?'])('%s stays the service’s own', (text) => {
    expect(understand(text, ctx).slots.outOfScopeRequest).toBeUndefined();
  });
});

describe('a waitlist place already held, asked about or left', () => {
  it.each([
    '我排上了没',
    '我的 waitlist 呢',
    '还在候补吗',
    'actually please take us off the Qianpu waitlist',
    'did we get a spot at Jiangtou or are we still waiting?',
    'is Leo still on the waitlist?',
  ])('%s → my bookings', (text) => {
    expect(understand(text, ctx).intent).toBe('my_bookings');
  });

  it.each(['前埔满了帮我排个队', 'put me on the waitlist for Qianpu'])('%s still joins the waitlist', (text) => {
    expect(understand(text, ctx).intent).toBe('join_waitlist');
  });
});

describe('a record the parent says is wrong is a complaint', () => {
  it.each([
    '我明明提前一天取消了 系统还是给我记了爽约 现在约不了了 这不合理',
    'I cancelled on time but you still marked us as a no-show and now it says I can’t book. Sort this out.',
  ])('%s → complaint', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });

  it.each(['爽约了会怎么样', 'what counts as a no-show?', 'I think a no-show record is wrong. How do I contest it?'])('%s stays a question', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('evening care and staff on duty are questions, not searches', () => {
  it.each(['周六 evening 有 care 吗 7点到9点那种', 'Is there any evening care?', '周六晚上能托吗', '你們週末跟假日有人值班回訊息嗎'])(
    '%s → knowledge',
    (text) => {
      expect(understand(text, ctx).intent).toBe('knowledge');
    },
  );
});

describe('a reminder asked for in words after a day not open yet', () => {
  it.each(['行 明天提醒我', '好 提醒我', '到时候提醒我', '明天记得提醒我'])('%s → remind_opening', (text) => {
    expect(understand(text, ctx).intent).toBe('remind_opening');
  });
});
