import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Round 14, honesty and reaching a person: what happens after a complaint, detail added while staff have it, a
 * weekday beyond the booking window, the day a baby is old enough, a child over 3 beside a sibling, and what a point's
 * rooms have. "Now" is Wednesday 2026-11-25 10:00 in Xiamen.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 14_400;

function chat(userId: number) {
  let now = TEST_NOW.getTime();
  return async (text: string): Promise<TurnOutput> => {
    now += 60_000;
    app.clock.set(new Date(now));
    return app.core.handleTurn({ userId, now: new Date(now), text });
  };
}

async function family(children: Array<{ name: string; birthDate: string }>): Promise<number> {
  const userId = ++userSeq;
  await app.booking.ensureParent({ parentId: userId, displayName: 'round 14', language: 'zh' });
  await app.booking.recordConsent(userId);
  for (const c of children) await app.booking.registerChild(userId, c);
  return userId;
}

const ticketCount = async (userId: number) =>
  Number((await app.db.pool.query<{ n: string }>('SELECT count(*) AS n FROM escalations WHERE parent_id = $1', [userId])).rows[0]!.n);
const searched = (o: TurnOutput) => o.tools.some((t) => t.name === 'search_slots');

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('what happens after a complaint, asked while staff have it', () => {
  it('"那处理完我还是不满意呢" answers review, operator and 12345 from the complaints document, with no second ticket', async () => {
    const userId = await family([{ name: '朵朵', birthDate: '2024-06-15' }]);
    const say = chat(userId);
    const first = await say('我要投诉 嘉莲的老师把我家孩子一个人关在小房间里');
    expect(first.escalated).toBe(true);
    const next = await say('那处理完我还是不满意呢');
    expect(next.reply).toMatch(/复核/);
    expect(next.reply).toMatch(/12345/);
    expect(next.citations.some((c) => c.docId === 'policy-contact-complaints')).toBe(true);
    expect(await ticketCount(userId)).toBe(1);
  });

  it('"What happens now?" after a complaint gives the complaint steps (working days), not another rule', async () => {
    const userId = await family([{ name: 'Mia', birthDate: '2024-07-12' }]);
    const say = chat(userId);
    await say('I want to make a complaint. The carer at Xinyang shouted at my daughter in front of everyone on Saturday.');
    const next = await say('What happens now?');
    expect(next.reply).toMatch(/working day/);
    expect(next.citations.some((c) => c.docId === 'policy-contact-complaints')).toBe(true);
    expect(await ticketCount(userId)).toBe(1);
  });

  it('"補充一下 是禮拜天江頭下午那場" goes on the ticket, not into a search; "算了 不用了" is acknowledged', async () => {
    const userId = await family([{ name: '小芽', birthDate: '2024-05-01' }]);
    const say = chat(userId);
    await say('幫我轉專人 預約的事情跟你講不清楚');
    const detail = await say('補充一下 是禮拜天江頭下午那場 編號我等一下找給你');
    expect(searched(detail)).toBe(false);
    expect(detail.reply).toMatch(/工單/);
    const done = await say('算了 我已經自己打電話問好了 不用了');
    expect(done.reply).toMatch(/解決/);
    expect(await ticketCount(userId)).toBe(1);
  });
});

describe('honest availability', () => {
  it('Christmas Day (a Friday beyond the booking window) has no care or class, rather than "booking opens on…"', async () => {
    const userId = await family([{ name: '朵朵', birthDate: '2024-06-15' }]);
    const out = await chat(userId)('圣诞节那天我们都要上班 12月25号能把孩子送过去吗');
    expect(out.reply).toMatch(/没有托育也没有课程/);
    expect(out.reply).not.toMatch(/开放预约/);
  });

  it('a 5-month-old asked for a point hears the day she is 6 months old', async () => {
    const userId = await family([{ name: '小米', birthDate: '2026-06-20' }]);
    const out = await chat(userId)('小米下周六能送去殿前吗');
    expect(out.reply).toMatch(/满6个月/);
    expect(out.reply).toMatch(/12月20日/);
  });

  it('a child over 3 sent with a sibling is told by name; the sibling is searched', async () => {
    const userId = await family([
      { name: '安安', birthDate: '2023-05-10' },
      { name: '乐乐', birthDate: '2025-11-01' },
    ]);
    const out = await chat(userId)('周六想把安安跟乐乐一起送去湖里 可以吗');
    expect(out.reply).toMatch(/安安已经超过3岁/);
    expect(out.reply).toMatch(/适合乐乐/);
  });

  it("what a point's rooms have is said to be unknown, with the point's phone and staff — no search, no neighbouring passage", async () => {
    const userId = await family([{ name: '小芽', birthDate: '2024-05-01' }]);
    const out = await chat(userId)('江頭那邊有沒有哺乳室 禮拜六帶老大去上課 我想順便餵小的');
    expect(searched(out)).toBe(false);
    expect(out.citations).toHaveLength(0);
    expect(out.reply).toMatch(/資料裡沒有/);
  });
});
