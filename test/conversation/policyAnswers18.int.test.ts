import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 18 policy answers (outside18): questions that read like bookings are answered — full-day care, a carer's name,
 * medical staff at a point, how to complain, points in a district, a baby too young for care, an older sibling over 3.
 * Messages are worded apart from the tuning set.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 78000;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);
const docs = citedDocs;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('full-day care', () => {
  it('asked with the Saturday it is wanted for: no, half-day care — not that Saturday’s list', async () => {
    const out = await say(++userSeq, '周六可以托一整天吗 我和老公都要上班');
    expect(out.reply).toMatch(/不是全天|不提供全日/);
    expect(out.tools.some((t) => t.name === 'search_slots')).toBe(false);
  });
});

describe('what the assistant does not know about a point', () => {
  it('a carer’s name: not known, ask the point or staff', async () => {
    const out = await say(++userSeq, '思明那个点是哪位老师带班 叫什么名字');
    expect(docs(out)).toContain('service-practical-questions');
    expect(out.reply).toMatch(/不能确认老师的名字/);
  });
  it('a nurse on site: not known, ask the point', async () => {
    const out = await say(++userSeq, 'Is there a nurse at the Jimei point?');
    expect(out.reply).toMatch(/no information/i);
    expect(out.tools.some((t) => t.name === 'search_slots')).toBe(false);
  });
});

describe('how to complain, asked before anything happened', () => {
  it('answered with staff and 12345, not filed as a ticket', async () => {
    const out = await say(++userSeq, 'if something goes wrong at the point who do we complain to? just asking');
    expect(out.escalated).toBeFalsy();
    expect(out.reply).toMatch(/12345/);
  });
});

describe('points in a district', () => {
  it('lists the district’s own points', async () => {
    const out = await say(++userSeq, '翔安有没有爱邻护幼的服务点？');
    expect(out.reply).toMatch(/翔安/);
    expect(out.tools.some((t) => t.name === 'find_points')).toBe(true);
  });
});

describe('ages outside drop-off care', () => {
  it('a 3-month-old asked about weekend care hears care starts at 6 months', async () => {
    const out = await say(++userSeq, 'She is 3 months, can she go to the weekend childcare?');
    expect(out.reply).toMatch(/6 months/);
  });
  it('an older sibling of 4 taken along hears the 0-3 rule', async () => {
    const out = await say(++userSeq, '周日可以带两个孩子一起吗 大的4岁 小的1岁半');
    expect(out.reply).toMatch(/0–3岁|3岁/);
  });
});

describe('looked up as what is asked', () => {
  it('what children do at a point: the services and classes', async () => {
    const out = await say(++userSeq, 'what will they do with the children at the point all morning?');
    expect(docs(out)).toContain('service-overview');
  });
  it('how to book later, once the baby is old enough: when booking opens', async () => {
    const out = await say(++userSeq, '等宝宝满6个月之后 到时候怎么预约');
    expect(docs(out)).toContain('service-how-to-book');
  });
});
