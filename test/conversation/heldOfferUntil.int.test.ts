import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/** A waitlist place held for the family says, in "my bookings", until when it is held (Xiamen time, from the row). */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 9700;

const chat = (userId: number) => chatAs(app, userId);

beforeAll(async () => {
  app = await createTestApp();
});

/** Joins a full session's waitlist, then frees a place so it is held for this parent; returns the hold's local date and time. */
async function holdPlace(say: ReturnType<typeof chat>, parentId: number, offset: number): Promise<{ month: number; day: number; time: string }> {
  const full = await app.db.pool.query(`SELECT id FROM sessions WHERE booked = capacity AND kind = 'half_day' ORDER BY id OFFSET $1 LIMIT 1`, [offset]);
  const sessionId = full.rows[0].id as number;
  await say({ button: app.codec.encode(parentId, 'w', sessionId) });
  await app.db.pool.query(`UPDATE waitlist_entries SET status = 'cancelled' WHERE session_id = $1 AND parent_id <> $2`, [sessionId, parentId]);
  const holder = await app.db.pool.query(`SELECT parent_id, ref_code FROM bookings WHERE session_id = $1 AND status = 'confirmed' LIMIT 1`, [sessionId]);
  await app.booking.cancelBooking({ actor: { parentId: holder.rows[0].parent_id }, bookingRef: holder.rows[0].ref_code });
  const held = await app.db.pool.query(
    `SELECT extract(month FROM hold_expires_at AT TIME ZONE 'Asia/Shanghai')::int AS month, extract(day FROM hold_expires_at AT TIME ZONE 'Asia/Shanghai')::int AS day,
            to_char(hold_expires_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') AS time
       FROM bookings WHERE session_id = $1 AND parent_id = $2 AND status = 'held'`,
    [sessionId, parentId],
  );
  expect(held.rows).toHaveLength(1);
  return held.rows[0];
}

describe('a held waitlist place in "my bookings"', () => {
  it('says until when it is held (zh)', async () => {
    const id = ++userSeq;
    const say = chat(id);
    await say({ text: '登记孩子 悠悠 2024-05-05' });
    const until = await holdPlace(say, id, 0);
    const mine = await say({ text: '我的预约' });
    expect(mine.reply).toContain('候补名额为你保留中');
    expect(mine.reply).toContain(`${until.month}月${until.day}日`);
    expect(mine.reply).toMatch(new RegExp(`保留中.*${until.time}`));
  });

  it('says until when it is held (en)', async () => {
    const id = ++userSeq;
    const say = chat(id);
    await say({ text: 'register my child Mia born 2024-05-05' });
    const until = await holdPlace(say, id, 1);
    const mine = await say({ text: 'my bookings' });
    expect(mine.reply).toMatch(new RegExp(`held for you until [^\\n]*${until.day}[^\\n]*${until.time}`));
  });
});
