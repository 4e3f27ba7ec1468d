import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 37 service questions: two rules asked at once are both stated with the configured numbers; a question that
 * names a district, a week or a class is answered as a question (the residence rule, that the week is open, where
 * praise goes, the class for a child not walking yet); a severe allergy with an auto-injector is the care point's
 * allergy rule, not first aid.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 737000;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);
const searched = (o: TurnOutput) => o.tools.some((t) => t.name === 'search_slots');

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('two rules asked in one message', () => {
  it('how far ahead and how many a week: 14 days and 2 per child, in Chinese', async () => {
    const out = await say(++userSeq, '你们这个最多能提前几天预约 一个孩子一个礼拜能约几次');
    expect(out.reply).toMatch(/14天/);
    expect(out.reply).toMatch(/最多约 2 次/);
    expect(citedDocs(out)).toContain('service-how-to-book');
  });

  it('and in English', async () => {
    const out = await say(++userSeq, 'How far in advance can we book, and how many sessions can one child have?');
    expect(out.reply).toMatch(/14 days/);
    expect(out.reply).toMatch(/at most 2 weekend bookings/);
  });
});

describe('questions naming a place, a week or a class', () => {
  it("living in Xiang'an and working in Siming: the residence rule, no search", async () => {
    const out = await say(++userSeq, '那我们住在翔安 但是work在思明 可以去思明的点吗');
    expect(searched(out)).toBe(false);
    expect(citedDocs(out)).toContain('service-eligibility');
    expect(out.reply).toMatch(/不限居住地/);
  });

  it('whether next week is open yet: says it is, with its places', async () => {
    const out = await say(++userSeq, '那next week的现在可以约了吗');
    expect(out.reply).toMatch(/已经开放预约/);
  });

  it("praise for a teacher at the Huli point: where praise goes, not Huli's places (Traditional)", async () => {
    const out = await say(++userSeq, '上次在湖裡那個點的老師很好 想表揚一下 要去哪裡說');
    expect(searched(out)).toBe(false);
    expect(citedDocs(out)).toContain('policy-contact-complaints');
    expect(out.reply).toMatch(/轉達|轉人工/);
  });

  it('a 14-month-old not walking yet and the gross-motor class: the class section says he can join', async () => {
    const out = await say(++userSeq, '孩子1岁2个月了还不会走路 能上大运动课吗');
    expect(citedDocs(out)).toContain('service-kinds');
    expect(out.reply).toMatch(/还不会走路的孩子也可以上/);
  });

  it('a severe allergy with an EpiPen: the allergy rule at the point, not first aid', async () => {
    const out = await say(++userSeq, 'My son has a severe egg allergy and carries an EpiPen. Can he still go to weekend care?');
    expect(citedDocs(out)).toContain('service-what-to-bring');
    expect(out.reply).toMatch(/auto-injector/);
    expect(out.reply).not.toMatch(/call 120 now/i);
  });

  it('what "free" covers: the cost section, not vaccines', async () => {
    const out = await say(++userSeq, 'It says free, but what does that cover? Do they give meals or nappies?');
    expect(citedDocs(out)).toContain('service-eligibility');
    expect(out.reply).not.toMatch(/vaccin/i);
  });
});
