import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * The dialogue as a table: (state the conversation is in) × (what the
 * parent says) → (what the assistant does). Each row first brings a fresh
 * parent into the state through ordinary turns, then sends the message.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 8000;
const zh = words('zh');

type Say = (turn: { text?: string; button?: string }) => Promise<TurnOutput>;

function chat(userId: number): Say {
  let now = TEST_NOW.getTime();
  return async (turn) => {
    now += 60_000;
    app.clock.set(new Date(now));
    return app.core.handleTurn({ userId, now: new Date(now), ...turn });
  };
}

const tools = (o: TurnOutput) => o.tools.map((t) => t.name);
const lastArgs = (o: TurnOutput, name: string) => o.tools.filter((t) => t.name === name).at(-1)?.args as Record<string, unknown> | undefined;

interface Row {
  state: string;
  /** Turns that bring a fresh parent into the state. */
  reach: (say: Say, userId: number) => Promise<void>;
  says: string;
  expect: (out: TurnOutput, userId: number) => void | Promise<void>;
}

const twoChildren = async (say: Say) => {
  await say({ text: '大宝朵朵2024-01-20 二宝果果2024-11-11 都登记一下' });
};
const searched = async (say: Say) => {
  await say({ text: '登记孩子 乐乐 2024-05-03' });
  await say({ text: '这周六上午湖里有位置吗' });
};

const ROWS: Row[] = [
  {
    state: 'nothing pending',
    reach: async () => {},
    says: '这周六上午湖里有位置吗',
    expect: (o) => {
      expect(lastArgs(o, 'search_slots')).toMatchObject({ from: '2026-11-28', to: '2026-11-28', partOfDay: 'morning', district: 'huli' });
    },
  },
  {
    state: 'registration asked',
    reach: async (say) => {
      await say({ text: '我要登记孩子' });
    },
    says: '乐乐 2024-05-03',
    expect: (o) => {
      expect(lastArgs(o, 'register_child')).toMatchObject({ name: '乐乐', birthDate: '2024-05-03' });
    },
  },
  {
    state: 'registration asked',
    reach: async (say) => {
      await say({ text: '我要登记孩子' });
    },
    says: '好的',
    expect: (o) => {
      expect(tools(o)).not.toContain('register_child');
      expect(o.reply).toContain(zh.children.askBoth.slice(0, 12));
    },
  },
  {
    state: 'registration asked',
    reach: async (say) => {
      await say({ text: '我要登记孩子' });
    },
    says: '这周六上午湖里有位置吗',
    expect: (o) => {
      expect(tools(o)).not.toContain('register_child');
      expect(tools(o)).toContain('search_slots');
    },
  },
  {
    state: 'registration asked',
    reach: async (say) => {
      await say({ text: '我要登记孩子' });
    },
    says: '大宝朵朵2024-01-20 二宝果果2024-11-11',
    expect: (o) => {
      expect(o.tools.filter((t) => t.name === 'register_child').map((t) => (t.args as { name: string }).name)).toEqual(['朵朵', '果果']);
    },
  },
  {
    state: 'results shown',
    reach: searched,
    says: '约第二个',
    expect: (o) => {
      expect(tools(o)).toContain('book_session');
      expect(o.reply).toContain('湖里');
    },
  },
  {
    state: 'results shown',
    reach: searched,
    says: '不对，是海沧不是湖里',
    expect: (o) => {
      expect(lastArgs(o, 'search_slots')).toMatchObject({ district: 'haicang', from: '2026-11-28' });
      expect(o.tools.filter((t) => t.name === 'search_slots').every((t) => (t.args as { district?: string }).district !== 'huli')).toBe(true);
    },
  },
  {
    state: 'results shown',
    reach: searched,
    says: '还有别的吗',
    expect: (o) => {
      // The next page of the same list is asked first (past the last page, the other part of the day or other districts follow).
      expect(o.tools.find((t) => t.name === 'search_slots')?.args).toMatchObject({ district: 'huli', offset: expect.any(Number) });
    },
  },
  {
    state: 'results shown',
    reach: searched,
    says: '我的预约',
    expect: (o) => {
      expect(tools(o)).toContain('list_bookings');
      expect(tools(o)).not.toContain('book_session');
    },
  },
  {
    state: 'child to choose',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '这周六上午湖里有位置吗' });
      await say({ text: '约第一个' });
    },
    says: '果果',
    expect: async (o, userId) => {
      const child = (await app.booking.listChildren(userId)).find((c) => c.name === '果果')!;
      expect(lastArgs(o, 'book_session')).toMatchObject({ childId: child.id });
    },
  },
  {
    state: 'child to choose',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '这周六上午湖里有位置吗' });
      await say({ text: '约第一个' });
    },
    says: '老大',
    expect: async (o, userId) => {
      const child = (await app.booking.listChildren(userId)).find((c) => c.name === '朵朵')!;
      expect(lastArgs(o, 'book_session')).toMatchObject({ childId: child.id });
    },
  },
  {
    state: 'results shown, two children',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '周日上午嘉莲有位吗' });
    },
    says: '两个孩子都约第一个',
    expect: async (o, userId) => {
      const ids = (await app.booking.listChildren(userId)).map((c) => c.id).sort();
      const booked = o.tools.filter((t) => t.name === 'book_session' && t.ok).map((t) => (t.args as { childId: number }).childId);
      expect(booked.sort()).toEqual(ids);
    },
  },
  {
    state: 'child to choose (two children)',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '周日上午嘉莲有位吗' });
      await say({ text: '约第一个' });
    },
    says: '两个都约',
    expect: async (o, userId) => {
      const ids = (await app.booking.listChildren(userId)).map((c) => c.id).sort();
      const booked = o.tools.filter((t) => t.name === 'book_session' && t.ok).map((t) => (t.args as { childId: number }).childId);
      expect(booked.sort()).toEqual(ids);
    },
  },
  {
    state: 'both children booked on one day',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '周日上午嘉莲有位吗' });
      await say({ text: '两个孩子都约第一个' });
    },
    says: '两个孩子周日的都取消',
    expect: async (o) => {
      expect(tools(o)).not.toContain('cancel_booking');
      expect(o.reply).toContain(zh.booking.confirmCancelAll(2));
    },
  },
  {
    state: 'cancel of both to confirm',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '周日上午嘉莲有位吗' });
      await say({ text: '两个孩子都约第一个' });
      await say({ text: '两个孩子周日的都取消' });
    },
    says: '确认',
    expect: (o) => {
      expect(o.tools.filter((t) => t.name === 'cancel_booking' && t.ok)).toHaveLength(2);
    },
  },
  {
    state: 'waitlist offered (full point), two children',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '周六上午前埔' });
    },
    says: '两个孩子都排队候补',
    expect: async (o, userId) => {
      const ids = (await app.booking.listChildren(userId)).map((c) => c.id).sort();
      const joined = o.tools.filter((t) => t.name === 'join_waitlist' && t.ok).map((t) => (t.args as { childId: number }).childId);
      expect(joined.sort()).toEqual(ids);
      expect(o.reply).toMatch(/已为朵朵加入候补[\s\S]*已为果果加入候补/);
    },
  },
  {
    state: 'both children booked on one day',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '周日上午嘉莲有位吗' });
      await say({ text: '两个孩子都约第一个' });
    },
    says: '查一下果果的预约',
    expect: (o) => {
      expect(tools(o)).toContain('list_bookings');
      expect(o.reply).toContain('果果');
      expect(o.reply).not.toContain('朵朵');
    },
  },
  {
    state: 'booked on Saturday and Sunday',
    reach: async (say) => {
      await searched(say);
      await say({ text: '约第一个' });
      await say({ text: '这周日上午湖里有位置吗' });
      await say({ text: '约第一个' });
    },
    says: '周日的改到下周六上午',
    expect: async (o, userId) => {
      const sunday = (await app.booking.listBookings(userId, { includePast: false })).upcoming.find((v) => v.localDate === '2026-11-29')!;
      expect(lastArgs(o, 'search_slots')).toMatchObject({ from: '2026-12-05', to: '2026-12-05', partOfDay: 'morning' });
      // The move can be confirmed in order: the old booking cancelled first, or after the new one is booked.
      expect(o.buttons.flat().map((b) => b.text)).toContain(`${zh.booking.yesCancel} ${sunday.refCode}`);
      expect(o.reply).toContain(sunday.refCode);
    },
  },
  {
    state: 'cancel to confirm',
    reach: async (say) => {
      await searched(say);
      await say({ text: '约第一个' });
      await say({ text: '取消预约' });
    },
    says: '是的',
    expect: (o) => {
      expect(tools(o)).toContain('cancel_booking');
    },
  },
  {
    state: 'cancel to confirm',
    reach: async (say) => {
      await searched(say);
      await say({ text: '约第一个' });
      await say({ text: '取消预约' });
    },
    says: '算了不取消了',
    expect: (o) => {
      expect(tools(o)).not.toContain('cancel_booking');
      expect(o.reply).toContain(zh.booking.kept);
    },
  },
  {
    state: 'question not answered',
    reach: async (say) => {
      await say({ text: '厦门哪里可以办护照？' });
    },
    says: '好的',
    expect: (o) => {
      expect(o.escalated).toBe(true);
    },
  },
  {
    state: 'any state (cancel to confirm)',
    reach: async (say) => {
      await searched(say);
      await say({ text: '约第一个' });
      await say({ text: '取消预约' });
    },
    says: '宝宝抽搐了叫不醒',
    expect: (o) => {
      expect(o.reply.slice(0, 80)).toContain('120');
      expect(o.escalated).toBe(true);
      expect(tools(o)).not.toContain('cancel_booking');
    },
  },
  {
    state: 'nothing pending',
    reach: async () => {},
    says: '這週六上午海滄有位置嗎',
    expect: (o) => {
      expect(lastArgs(o, 'search_slots')).toMatchObject({ district: 'haicang', partOfDay: 'morning' });
      expect(o.locale).toBe('zh-Hant');
      expect(o.reply).toMatch(/海滄/);
      expect(o.reply).not.toMatch(/海沧|这周|场次/);
    },
  },
  {
    state: 'nothing pending',
    reach: async () => {},
    says: '周六上午江头有位吗 另外孩子咳嗽能去吗',
    expect: (o) => {
      expect(tools(o)).toContain('search_slots');
      expect(tools(o)).toContain('search_knowledge');
    },
  },
  {
    state: 'day asked for two children at once',
    reach: async (say) => {
      await twoChildren(say);
      await say({ text: '帮朵朵和果果都约一个' });
    },
    says: '周六上午湖里',
    expect: (o) => {
      const searches = o.tools.filter((t) => t.name === 'search_slots').map((t) => t.args as Record<string, unknown>);
      expect(new Set(searches.map((a) => a.childId)).size).toBe(2);
      expect(searches[0]).toMatchObject({ from: '2026-11-28', partOfDay: 'morning', district: 'huli' });
      expect(o.reply).toContain('朵朵');
      expect(o.reply).toContain('果果');
    },
  },
];

beforeAll(async () => {
  app = await createTestApp();
});

describe('dialogue table: state × message → action', () => {
  for (const row of ROWS) {
    it(`${row.state} × "${row.says}"`, async () => {
      const userId = ++userSeq;
      const say = chat(userId);
      await row.reach(say, userId);
      const out = await say({ text: row.says });
      await row.expect(out, userId);
    });
  }
});

describe('a district turned down after a city-wide list', () => {
  it.each([
    ['湖里的不要', '登记孩子 乐乐 2024-05-03', '这周六上午有位置吗', /湖里区/],
    ['not Huli', 'register my child Leo born 2024-05-03', 'any places Saturday morning?', /\(Huli\)/],
  ])('"%s" repeats the search without that district', async (says, register, search, district) => {
    const say = chat(++userSeq);
    await say({ text: register });
    const before = await say({ text: search });
    expect(before.reply).toMatch(district);
    const out = await say({ text: says });
    expect(lastArgs(out, 'search_slots')).toMatchObject({ from: '2026-11-28', partOfDay: 'morning', excludeDistricts: ['huli'] });
    expect(out.reply).not.toMatch(district);
    const more = await say({ text: says.startsWith('not') ? 'more' : '更多' });
    expect(more.reply).not.toMatch(district);
  });
});

describe('cancelling both children’s bookings with one tap', () => {
  it('the first button, labelled like the single confirm, cancels every listed booking; each keeps its own button', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await twoChildren(say);
    await say({ text: '周日上午嘉莲有位吗' });
    await say({ text: '两个孩子都约第一个' });
    const asked = await say({ text: '两个孩子周日的都取消' });
    const labels = asked.buttons.flat().map((b) => b.text);
    expect(labels[0]).toBe(zh.booking.yesCancel);
    expect(labels.filter((l) => l.startsWith(zh.booking.cancelRef('')))).toHaveLength(2);
    const all = asked.buttons.flat()[0]!;
    const done = await say({ button: all.data });
    expect(done.tools.filter((t) => t.name === 'cancel_booking' && t.ok)).toHaveLength(2);
    expect((await app.booking.listBookings(userId, { includePast: false })).upcoming).toHaveLength(0);
  });

  it('when one of them can no longer be cancelled, the other is still cancelled and the parent is told which one failed and why', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await twoChildren(say);
    await say({ text: '周日上午嘉莲有位吗' });
    await say({ text: '两个孩子都约第一个' });
    const asked = await say({ text: '两个孩子周日的都取消' });
    const [first, second] = (await app.booking.listBookings(userId, { includePast: false })).upcoming;
    // Between the question and the tap, staff recorded the first one as attended (both share one session, so the
    // session itself cannot be moved): it can no longer be cancelled.
    await app.db.pool.query(`UPDATE bookings SET status = 'attended' WHERE id = $1`, [first!.id]);
    const done = await say({ button: asked.buttons.flat()[0]!.data });
    const cancels = done.tools.filter((t) => t.name === 'cancel_booking');
    expect(cancels).toHaveLength(2);
    expect(cancels.filter((t) => t.ok)).toHaveLength(1);
    // The parent hears that the one could not be cancelled (it has started), and that the other was.
    expect(done.reply).toMatch(/已经开始或结束，不能再取消/);
    expect(done.reply).toContain(zh.booking.cancelled(second!.refCode));
    const status = async (id: number) => (await app.db.pool.query(`SELECT status FROM bookings WHERE id = $1`, [id])).rows[0].status;
    expect(await status(first!.id)).toBe('attended');
    expect(await status(second!.id)).toBe('cancelled');
  });
});
