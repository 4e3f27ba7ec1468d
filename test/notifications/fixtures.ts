import type { Database } from '../../src/db/database.ts';
import type { Queryable } from '../../src/db/Queryable.ts';
import type { Clock } from '../../src/time/clock.ts';
import type { OutgoingMessage, SendNotification, SendResult } from '../../src/notifications/SendNotification.ts';
import { z } from 'zod';
import { defineKind } from '../../src/notifications/kinds/defineKind.ts';
import { NOTIFICATION_KINDS, type KindRegistry } from '../../src/notifications/kinds/index.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';

/**
 * A kind for tests of delivery mechanics only (ordering, limits, retries):
 * its text is its payload. Registered with the worker through `kinds`; real
 * kinds live in src/notifications/kinds.
 */
export const testNote = defineKind({
  audience: 'staff',
  payload: z.object({ text: z.string() }),
  async load({ payload }) {
    return { send: payload.text };
  },
  render(text: string) {
    return { text: escapeHtml(text) };
  },
});
export const TEST_KINDS: KindRegistry = { ...NOTIFICATION_KINDS, test_note: testNote };

/** Queues a test note (the kind is not a real one, so it is written directly). */
export async function queueNote(db: Queryable, chatId: number, text: string, o: { urgent?: boolean; dueAt?: Date | string } = {}) {
  await db.query(`INSERT INTO outbox (chat_id, kind, payload, urgent, due_at) VALUES ($1, 'test_note', $2, $3, $4)`, [
    chatId,
    JSON.stringify({ text }),
    o.urgent ?? true,
    new Date(o.dueAt ?? NOW),
  ]);
}

export const TZ = 'Asia/Shanghai';
/** Wednesday 2026-11-25 10:00 in Xiamen. */
export const NOW = '2026-11-25T10:00:00+08:00';

export async function makePoint(db: Queryable, code = 'P1', lat = 24.4772, lng = 118.1496): Promise<number> {
  const r = await db.query(
    `INSERT INTO service_points (code, name_zh, name_en, district, neighbourhood_zh, neighbourhood_en, address_zh, address_en,
       latitude, longitude, phone, operator_zh, operator_en)
     VALUES ($1, $1 || '服务点', 'Point ' || $1, 'siming', '莲前', 'Lianqian', '地址' || $1, 'Address ' || $1, $2, $3, '0592-5100101', '机构', 'Op')
     RETURNING id`,
    [code, lat, lng],
  );
  return r.rows[0].id;
}

export async function makeSession(
  db: Queryable,
  pointId: number,
  o: { date: string; start?: string; end?: string; capacity?: number; kind?: string },
): Promise<number> {
  const r = await db.query(
    `INSERT INTO sessions (point_id, starts_at, ends_at, kind, capacity)
     VALUES ($1, ($2 || ' ' || $3)::timestamp AT TIME ZONE 'Asia/Shanghai', ($2 || ' ' || $4)::timestamp AT TIME ZONE 'Asia/Shanghai', $5, $6)
     RETURNING id`,
    [pointId, o.date, o.start ?? '09:00', o.end ?? '12:00', o.kind ?? 'half_day', o.capacity ?? 30],
  );
  return r.rows[0].id;
}

/** A parent (Telegram user id = chat id) with one child; returns the child id. */
export async function makeFamily(db: Queryable, parentId: number, language: 'zh' | 'en' = 'zh', birthDate = '2025-01-15'): Promise<number> {
  await db.query(`INSERT INTO parents (id, display_name, language) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [parentId, `p${parentId}`, language]);
  const c = await db.query(`INSERT INTO children (parent_id, name, birth_date) VALUES ($1, $2, $3) RETURNING id`, [parentId, `宝宝${parentId}`, birthDate]);
  return c.rows[0].id;
}

/** A confirmed booking inserted directly, created at `createdAt`. */
export async function makeBooking(
  db: Queryable,
  o: { sessionId: number; parentId: number; childId: number; createdAt: Date | string; ref?: string },
): Promise<number> {
  const r = await db.query(
    `INSERT INTO bookings (ref_code, session_id, child_id, parent_id, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'confirmed', $5, $5) RETURNING id`,
    [o.ref ?? `R${o.parentId}S${o.sessionId}`.replace(/[^A-Z0-9]/g, '').slice(0, 10), o.sessionId, o.childId, o.parentId, new Date(o.createdAt)],
  );
  return r.rows[0].id;
}

export async function outboxRows(db: Database, where = 'true', params: unknown[] = []) {
  return (await db.pool.query(`SELECT * FROM outbox WHERE ${where} ORDER BY id`, params)).rows;
}

export interface RecordedSend extends OutgoingMessage {
  at: number;
}

/**
 * A send function that records what it was asked to send (with the simulated
 * time) and answers with a scripted result per chat (default: delivered).
 */
export function recordingSend(clock: Clock, script: (m: OutgoingMessage, n: number) => SendResult | undefined = () => undefined) {
  const sent: RecordedSend[] = [];
  const calls: RecordedSend[] = [];
  let messageId = 1000;
  const send: SendNotification = async (m) => {
    const rec = { ...m, at: clock.now().getTime() };
    calls.push(rec);
    const scripted = script(m, calls.filter((c) => c.outboxId === m.outboxId).length);
    if (scripted && !scripted.ok) return scripted;
    sent.push(rec);
    return scripted ?? { ok: true, messageId: ++messageId };
  };
  return { send, sent, calls };
}

/** A sleep for simulated time: moves the fixed clock forward instead of waiting. */
export function simulatedSleep(clock: Clock & { set(at: Date): void }) {
  return async (ms: number) => {
    const target = clock.now().getTime() + ms;
    if (clock.now().getTime() < target) clock.set(new Date(target));
  };
}
