import { defaultConfig } from '../../src/config/config.ts';
import { createApp, type App, type CreateAppOptions } from '../../src/app/createApp.ts';
import type { TurnInput, TurnOutput } from '../../src/conversation/types.ts';
import { prepareKnowledge } from '../../src/app/prepareKnowledge.ts';
import { seedDemo } from '../../src/demo/seedDemo.ts';
import { createLogger } from '../../src/logging/createLogger.ts';
import { fixedClock } from '../../src/time/clock.ts';
import { indexKnowledgeOnce } from './knowledgeOnce.ts';
import { getTestDatabase, resetDatabase } from './testDatabase.ts';

/** Wednesday 25 November 2026, 10:00 in Xiamen: the coming weekend is 28–29 November. */
export const TEST_NOW = new Date('2026-11-25T10:00:00+08:00');

/**
 * A full app on the shared test database: emptied, seeded relative to a
 * frozen clock, knowledge indexed with the offline embedder (kept from the
 * previous file when unchanged: knowledgeOnce.ts).
 */
export async function createTestApp(
  opts: { env?: Record<string, string>; brain?: 'llm' | 'offline'; llmFetch?: CreateAppOptions['llmFetch']; knowledge?: boolean } = {},
): Promise<App & { clock: ReturnType<typeof fixedClock> }> {
  const db = await getTestDatabase();
  const withKnowledge = opts.knowledge !== false;
  await resetDatabase(db, { keepKnowledge: withKnowledge });
  const clock = fixedClock(TEST_NOW);
  const config = defaultConfig({ EMBEDDER: 'offline', ...(opts.env ?? {}) });
  await seedDemo(db.pool, { now: TEST_NOW, timeZone: config.timeZone });
  const app = createApp({ config, db, clock, logger: createLogger('silent'), brain: opts.brain, llmFetch: opts.llmFetch });
  if (withKnowledge)
    await indexKnowledgeOnce(db, { dir: config.knowledgeDir, embedderId: app.embedder.id, rules: config.booking }, () => prepareKnowledge(app));
  return { ...app, clock };
}

/** One parent's side of a conversation: everything a turn carries except who and when. */
export type ParentTurn = Omit<TurnInput, 'userId' | 'now'>;

/**
 * A parent talking to the app's one conversation core: each turn comes
 * `minutesLater` (default 1) after the previous one, starting at TEST_NOW,
 * and the app's clock follows, so holds and deadlines age as in real chat.
 */
export function chatAs(
  app: Pick<App, 'core'> & { clock: { set(d: Date): void } },
  userId: number,
): (turn: ParentTurn | string, minutesLater?: number) => Promise<TurnOutput> {
  let now = TEST_NOW.getTime();
  return async (turn, minutesLater = 1) => {
    now += minutesLater * 60_000;
    app.clock.set(new Date(now));
    return app.core.handleTurn({ userId, now: new Date(now), ...(typeof turn === 'string' ? { text: turn } : turn) });
  };
}

/** One message from a parent at TEST_NOW; the clock does not move (questions asked one after another). */
export function sayNow(app: Pick<App, 'core'>, userId: number, text: string): Promise<TurnOutput> {
  return app.core.handleTurn({ userId, now: TEST_NOW, text });
}

/** Whether the turn searched for sessions (the search_slots tool ran). */
export const searchedSlots = (o: Pick<TurnOutput, 'tools'>): boolean => o.tools.some((t) => t.name === 'search_slots');

/** The documents a reply cites, in order. */
export const citedDocs = (o: Pick<TurnOutput, 'citations'>) => o.citations.map((c) => c.docId);

/** The reply's first line: where a red sign's "call 120" must stand. */
export const firstLine = (o: TurnOutput): string => o.reply.split('\n')[0] ?? '';

/** Reasons of the parent's staff tickets, oldest first. */
export async function ticketsOf(app: Pick<App, 'db'>, userId: number): Promise<string[]> {
  const { rows } = await app.db.pool.query<{ reason: string }>(`SELECT reason FROM escalations WHERE parent_id = $1 ORDER BY id`, [userId]);
  return rows.map((r) => r.reason);
}

/** The data of the first button whose label matches: what the parent's tap sends. Throws when no button matches. */
export function buttonData(o: Pick<TurnOutput, 'buttons'>, label: RegExp): string {
  const button = o.buttons.flat().find((b) => label.test(b.text));
  if (!button) throw new Error(`no button labelled ${label}`);
  return button.data;
}

/** The parent's upcoming confirmed bookings as "child date place" (the point's code or its district), sorted. */
export async function heldBookings(app: Pick<App, 'booking'>, userId: number, place: 'code' | 'district'): Promise<string[]> {
  const { upcoming } = await app.booking.listBookings(userId, { includePast: false });
  return upcoming
    .filter((v) => v.status === 'confirmed')
    .map((v) => `${v.childName} ${v.localDate} ${v.point[place]}`)
    .sort();
}

/** The parent's upcoming confirmed bookings as "child date HH:MM point-code", in the order the bookings list shows them. */
export async function bookedSessions(app: Pick<App, 'booking'>, userId: number): Promise<string[]> {
  const { upcoming } = await app.booking.listBookings(userId, { includePast: false });
  return upcoming.filter((v) => v.status === 'confirmed').map((v) => `${v.childName} ${v.localDate} ${v.startTime.slice(0, 5)} ${v.point.code}`);
}
