import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Availability said plainly: sessions not open for booking yet, care asked
 * for on a weekday, a named point that is full. "Now" is Wednesday
 * 2026-11-25 10:00 in Xiamen; booking opens 14 days ahead at midnight.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9100;

function chat(userId: number) {
  let now = TEST_NOW.getTime();
  return async (turn: { text?: string; button?: string }): Promise<TurnOutput> => {
    now += 60_000;
    app.clock.set(new Date(now));
    return app.core.handleTurn({ userId, now: new Date(now), ...turn });
  };
}

beforeAll(async () => {
  app = await createTestApp();
});

describe('honest availability', () => {
  it('a day not open for booking yet says when it opens, offers no Book button, and can remind the parent', async () => {
    const say = chat(++userSeq);
    const out = await say({ text: '12月12日上午有位置吗' });
    expect(out.reply).toMatch(/还没开放预约/);
    expect(out.reply).toMatch(/11月28日（周六）\s*00:00/);
    const labels = out.buttons.flat().map((b) => b.text);
    expect(labels.some((l) => /^预约 \d/.test(l))).toBe(false);
    const remind = out.buttons.flat().find((b) => b.text.startsWith('⏰'))!;
    expect(remind).toBeDefined();
    const set = await say({ button: remind.data });
    expect(set.reply).toMatch(/开放预约时我会发消息提醒你/);
    const row = await app.db.pool.query(`SELECT kind, due_at FROM outbox WHERE chat_id = $1 AND kind = 'booking_opens'`, [userSeq]);
    expect(row.rows).toHaveLength(1);
    expect(new Date(row.rows[0].due_at).toISOString()).toBe(new Date('2026-11-28T00:00:00+08:00').toISOString());
    const again = await say({ button: remind.data });
    expect(again.reply).toMatch(/已经设好了/);
  });

  it('care asked for on a weekday: free care is at weekends, and the weekday trial classes are offered', async () => {
    const out = await chat(++userSeq)({ text: '这周四想送半日托' });
    expect(out.reply).toMatch(/没有半日托或临时托.*周末/);
    const searches = out.tools.filter((t) => t.name === 'search_slots').map((t) => t.args as { kind?: string });
    expect(searches.at(-1)?.kind).toBe('trial_class');
  });

  it('care asked for at a point that only runs classes: said so, then the points of its district that have that care', async () => {
    const out = await chat(++userSeq)({ text: '厦港周六上午能托半天吗' });
    expect(out.reply).toMatch(/厦港社区爱邻护幼服务点不提供半日托.*体验课/s);
    expect(out.reply).toMatch(/思明区.*11月28日.*半日托/s);
    expect(out.reply).not.toMatch(/厦港社区爱邻护幼服务点（思明区）/);
  });

  it('care asked for on a weekday that has it (the Wednesday half day) is searched as asked, not replaced by classes', async () => {
    const out = await chat(++userSeq)({ text: '下周三上午能送去半日托吗' });
    expect(out.reply).not.toMatch(/没有半日托或临时托/);
    expect(out.reply).toMatch(/12月2日.*半日托/s);
    const searches = out.tools.filter((t) => t.name === 'search_slots').map((t) => t.args as { kind?: string });
    expect(searches.every((s) => s.kind === 'half_day')).toBe(true);
  });

  it('a day with no care or class at all says so before offering other days', async () => {
    const out = await chat(++userSeq)({ text: '下周一能送去托育吗' });
    expect(out.reply).toMatch(/11月30日.*没有托育也没有课程/);
  });

  it('"开放了提醒我" after sessions not open yet sets the reminder for the first of them', async () => {
    const say = chat(++userSeq);
    await say({ text: '12月12日上午有位置吗' });
    const out = await say({ text: '开放了提醒我' });
    expect(out.reply).toMatch(/开放预约时我会发消息提醒你/);
    expect(out.tools.some((t) => t.name === 'remind_when_booking_opens')).toBe(true);
  });

  it('"3个月能去托育吗": too young for drop-off care is said, and the points that take the baby to classes are listed', async () => {
    const out = await chat(++userSeq)({ text: '宝宝3个月能去托育吗' });
    expect(out.reply).toMatch(/3个月的宝宝还不能参加半日托和临时托/);
    expect(out.reply).not.toMatch(/^可以/);
  });

  it('a date with two readings says which one it searched; one with none says it does not exist', async () => {
    const out = await chat(++userSeq)({ text: '3/12上午有位置吗' });
    expect(out.reply).toMatch(/“3\/12”我按12月3日（周四）来查/);
    expect(out.tools.find((t) => t.name === 'search_slots')?.args).toMatchObject({ from: '2026-12-03', to: '2026-12-03' });
    const none = await chat(++userSeq)({ text: 'any spots on 4/31?' });
    expect(none.reply).toMatch(/"4\/31" is not a real date/);
    expect(none.tools.some((t) => t.name === 'search_slots')).toBe(false);
  });

  it('a baby younger than a named point takes is told from which age, with points that fit', async () => {
    const say = chat(++userSeq);
    await say({ text: '小宝 2026-03-20' });
    const out = await say({ text: '帮小宝约周日上午嘉莲' });
    expect(out.reply).toMatch(/小宝现在8个月.*嘉莲.*满12个月/);
    expect(out.reply).toMatch(/同区其他服务点/);
    expect(out.reply).not.toMatch(/嘉莲社区爱邻护幼服务点（思明区）\s*\n\s*11月29日/);
  });

  it('a named point that is full is said to be full, with its waitlist and other points nearby', async () => {
    const full = await app.db.pool.query(
      `SELECT s.id, p.name_zh, (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day,
              ((s.starts_at AT TIME ZONE 'Asia/Shanghai')::time < '12:00') AS morning
         FROM sessions s JOIN service_points p ON p.id = s.point_id
        WHERE s.booked = s.capacity AND s.status = 'open' AND s.starts_at > $1
          AND NOT EXISTS (SELECT 1 FROM sessions o WHERE o.point_id = s.point_id AND o.booked < o.capacity AND o.status = 'open'
                          AND (o.starts_at AT TIME ZONE 'Asia/Shanghai')::date = (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date
                          AND ((o.starts_at AT TIME ZONE 'Asia/Shanghai')::time < '12:00') = ((s.starts_at AT TIME ZONE 'Asia/Shanghai')::time < '12:00'))
        ORDER BY s.starts_at LIMIT 1`,
      [TEST_NOW],
    );
    if (!full.rows[0]) return expect.fail('the demo has no point that is full for a part of a day');
    const { name_zh: name, day, morning } = full.rows[0] as { name_zh: string; day: string; morning: boolean };
    const short = name.replace('社区爱邻护幼服务点', '');
    const [, m, d] = day.split('-').map(Number);
    const out = await chat(++userSeq)({ text: `${short}那个点${m}月${d}日${morning ? '上午' : '下午'}还有位置吗` });
    expect(out.reply).toMatch(new RegExp(`${short}.*约满了`));
    expect(out.buttons.flat().some((b) => b.text.startsWith('候补'))).toBe(true);
  });

  it('care on weekdays asked in general: weekends for care, the weekdays with classes, the days with nothing, from the timetable', async () => {
    const out = await chat(++userSeq)({ text: '我们夫妻都上班 平日白天有地方可以托小孩吗' });
    expect(out.reply).toMatch(/半日托、临时托主要在周末/);
    expect(out.reply).toMatch(/周二.*周四.*体验课/);
    expect(out.reply).toMatch(/周三（09:00–11:30）部分服务点有免费的托育体验/);
    expect(out.reply).not.toMatch(/想约哪一天/);
    expect(out.reply).toMatch(/周一、周五服务点没有托育也没有课程/);
    // (Read from the timetable, and cited as the service's rule on weekdays since 3a97f6a: the kinds of care only.)
    expect(out.citations.map((c) => c.docId)).toEqual(['service-kinds']);
  });

  it('"do you have any weekday care?" and "平日有没有托班" get what is on during the week, not "which day?"', async () => {
    const en = await chat(++userSeq)({ text: 'Do you have any weekday care? I work full time' });
    expect(en.reply).toMatch(/Free half-day and temporary care is at weekends/);
    const zh = await chat(++userSeq)({ text: '平日有没有托班啊' });
    expect(zh.reply).toMatch(/半日托、临时托主要在周末/);
    const hant = await chat(++userSeq)({ text: '平日可以托嗎？我們禮拜一到禮拜五都要上班' });
    expect(hant.reply).toMatch(/半日托、臨時托主要在週末/);
  });

  it('a weekday with nothing on, asked as a question or for a class, is said to have nothing', async () => {
    const asked = await chat(++userSeq)({ text: '下周一有啥活动能带娃去的吗' });
    expect(asked.reply).toMatch(/11月30日（周一）服务点没有托育也没有课程/);
    const classes = await chat(++userSeq)({ text: '下周一早上可以带宝宝去上课吗' });
    expect(classes.reply).toMatch(/11月30日（周一）服务点没有托育也没有课程/);
  });

  it('"when can I start booking for Dec 19?" is answered with the day booking opens', async () => {
    const out = await chat(++userSeq)({ text: 'When can I start booking for Saturday Dec 19?' });
    expect(out.reply).toMatch(/not open for booking yet|opens/i);
    expect(out.reply).toMatch(/Sat 5 Dec|5 Dec/);
  });

  it('a baby too young for any care that weekend is told from which age care starts, above the classes that fit', async () => {
    const say = chat(++userSeq);
    await say({ text: '小米 2026-09-20' });
    const out = await say({ text: '这周末小米有什么可以参加的' });
    expect(out.reply).toMatch(/小米现在2个月，还不能参加半日托和临时托：要满6个月才能送托/);
    expect(out.reply).toMatch(/体验/);
  });
});

describe('age and phone questions', () => {
  it('a baby too young for drop-off care is told from which age, citing the age rule', async () => {
    const out = await chat(++userSeq)({ text: '宝宝3个月能去托育吗' });
    expect(out.reply).toMatch(/6个月/);
    expect(out.citations.map((c) => c.docId)).toContain('service-eligibility');
  });

  it("asking where to find a point's phone in Traditional gets the phone line", async () => {
    const out = await chat(++userSeq)({ text: '服務點的電話要去哪裡查' });
    expect(out.reply).toMatch(/每個服務點有自己的電話/);
  });
});

describe('reaching a person', () => {
  it('a complaint that tells its story with booking words is a complaint, and a follow-up asking when staff reply is answered from the contact document', async () => {
    const say = chat(++userSeq);
    const out = await say({ text: '上次预约去江头 老师让孩子一直哭都没人管 我要投诉' });
    expect(out.escalated).toBe(true);
    expect(out.tools.some((t) => t.name === 'search_slots')).toBe(false);
    const when = await say({ text: '大概什么时候有人联系我' });
    expect(when.tools.some((t) => t.name === 'escalate_to_staff' || t.name === 'search_slots')).toBe(false);
    expect(when.reply).toMatch(/已经转给工作人员/);
    expect(when.citations.map((c) => c.docId)).toContain('policy-contact-complaints');
  });

  it("a complaint that also asks how long it takes or who else to turn to is filed and the question answered from the complaints document, in the parent's script", async () => {
    const zh = await chat(++userSeq)({ text: '服务点老师态度很差 我要投诉 多久能有结果' });
    expect(zh.escalated).toBe(true);
    expect(zh.citations.map((c) => c.docId)).toContain('policy-contact-complaints');
    expect(zh.reply).toMatch(/5个工作日/);
    const hant = await chat(++userSeq)({ text: '我要投訴江頭的服務點，處理不好的話還能找誰？可以打12345嗎' });
    expect(hant.escalated).toBe(true);
    expect(hant.citations.map((c) => c.docId)).toContain('policy-contact-complaints');
    expect(hant.reply).toMatch(/12345/);
    expect(hant.reply).toMatch(/工作人員/);
    expect(hant.reply).not.toMatch(/工作人员|热线/);
    const en = await chat(++userSeq)({ text: 'I want to make a complaint about the staff at Jiangtou, how long does it take to hear back?' });
    expect(en.escalated).toBe(true);
    expect(en.citations.map((c) => c.docId)).toContain('policy-contact-complaints');
  });

  it('more detail while a request is with staff is said to be with them, not answered from the knowledge base', async () => {
    const say = chat(++userSeq);
    await say({ text: 'The teacher at Jiangtou was really rude to us on Sunday' });
    const more = await say({ text: 'Also they lost his water bottle' });
    expect(more.reply).toMatch(/added this to your open request/);
    expect(more.citations).toHaveLength(0);
    const done = await say({ text: 'actually never mind, I figured it out' });
    expect(done.reply).toMatch(/no follow-up is needed/);
  });

  it('thanks with a question after a hand-over: the question is answered', async () => {
    const say = chat(++userSeq);
    await say({ text: 'Could someone call me about my allergy plan?' });
    const out = await say({ text: 'thanks. when will they get back to me?' });
    expect(out.reply).toMatch(/with our staff/);
    expect(out.reply).not.toMatch(/You're welcome/);
  });

  it('asking when staff are online is answered, with a person on offer, and opens no ticket', async () => {
    const out = await chat(++userSeq)({ text: '你们工作人员一般几点在线' });
    expect(out.escalated).toBe(false);
    expect(out.citations.map((c) => c.docId)).toContain('policy-contact-complaints');
    expect(out.buttons.flat().some((b) => /工作人员/.test(b.text))).toBe(true);
  });
});
